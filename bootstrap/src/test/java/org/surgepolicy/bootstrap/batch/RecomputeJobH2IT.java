package org.surgepolicy.bootstrap.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class RecomputeJobH2IT extends RecomputeJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        JobTestDatabase.h2(registry);
    }
}
