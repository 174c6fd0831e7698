package org.surgepolicy.bootstrap.api;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.adapter.persistence.PostgresServer;

@ExtendWith(PostgresAvailable.class)
@FullStackTest
class LedgerLockWaitPostgresIT extends LedgerLockWaitContract {

    @DynamicPropertySource
    static void postgresWithShortLockTimeout(DynamicPropertyRegistry registry) {
        String server = PostgresServer.configured();
        PostgresSchema.register(registry,
            server + (server.contains("?") ? "&" : "?") + "options=-c%20lock_timeout%3D1000");
    }
}
