package org.surgepolicy.bootstrap.batch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;

@ExtendWith(PostgresAvailable.class)
class ImportJobPostgresIT extends ImportJobContract {

    private static String schema;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        schema = JobTestDatabase.postgres(registry);
    }

    @AfterAll
    static void dropSchema() {
        PostgresSchema.drop(schema);
    }
}
