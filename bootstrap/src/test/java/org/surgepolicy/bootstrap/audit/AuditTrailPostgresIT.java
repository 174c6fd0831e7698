package org.surgepolicy.bootstrap.audit;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.bootstrap.api.FullStackTest;

@ExtendWith(PostgresAvailable.class)
@FullStackTest
class AuditTrailPostgresIT extends AuditTrailTamperingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
