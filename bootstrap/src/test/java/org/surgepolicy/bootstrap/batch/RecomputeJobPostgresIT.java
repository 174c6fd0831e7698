package org.surgepolicy.bootstrap.batch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;

@ExtendWith(PostgresAvailable.class)
class RecomputeJobPostgresIT extends RecomputeJobContract {

    /** A schema for each test's application. */
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SCHEMAS.add(JobTestDatabase.postgres(registry));
    }

    @AfterAll
    static void dropSchemas() {
        SCHEMAS.forEach(PostgresSchema::drop);
    }
}
