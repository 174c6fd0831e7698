package org.surgepolicy.bootstrap.audit;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.bootstrap.support.FullApplicationTest;
import org.surgepolicy.bootstrap.support.PostgresDatabase;

@ExtendWith(PostgresDatabase.class)
@FullApplicationTest
class AuditTrailPostgresIT extends AuditTrailTamperingContract {

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry, AuditTrailPostgresIT.class);
    }
}
