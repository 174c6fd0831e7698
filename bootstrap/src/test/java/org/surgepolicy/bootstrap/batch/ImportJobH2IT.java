package org.surgepolicy.bootstrap.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ImportJobH2IT extends ImportJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTestDatabase.h2(registry);
    }
}
