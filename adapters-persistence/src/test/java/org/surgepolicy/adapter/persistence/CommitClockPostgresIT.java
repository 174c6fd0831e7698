package org.surgepolicy.adapter.persistence;

import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.class)
class CommitClockPostgresIT extends CommitClockContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
