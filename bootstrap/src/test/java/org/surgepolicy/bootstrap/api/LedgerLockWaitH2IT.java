package org.surgepolicy.bootstrap.api;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.H2Urls;

@FullStackTest
class LedgerLockWaitH2IT extends LedgerLockWaitContract {

    @DynamicPropertySource
    static void shortLockTimeout(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:surge-" + UUID.randomUUID() + H2Urls.SETTINGS
            + H2Urls.KEPT_OPEN + ";LOCK_TIMEOUT=1000");
    }
}
