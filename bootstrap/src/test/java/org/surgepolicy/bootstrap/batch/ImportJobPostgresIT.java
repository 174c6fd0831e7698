package org.surgepolicy.bootstrap.batch;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;

@ExtendWith(PostgresAvailable.class)
class ImportJobPostgresIT extends ImportJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTestDatabase.postgres(registry);
    }
}
