package org.surgepolicy.bootstrap.comparison;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.bootstrap.api.FullStackTest;

@ExtendWith(PostgresAvailable.class)
@FullStackTest
class ComparisonPostgresIT extends ComparisonContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }
}
