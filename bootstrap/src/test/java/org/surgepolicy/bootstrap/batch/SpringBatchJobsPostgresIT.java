package org.surgepolicy.bootstrap.batch;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class SpringBatchJobsPostgresIT extends SpringBatchJobsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
