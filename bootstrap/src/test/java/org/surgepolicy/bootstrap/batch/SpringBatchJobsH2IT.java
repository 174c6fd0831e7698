package org.surgepolicy.bootstrap.batch;

import org.surgepolicy.adapter.persistence.TestDatabase;

class SpringBatchJobsH2IT extends SpringBatchJobsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.h2();
    }
}
