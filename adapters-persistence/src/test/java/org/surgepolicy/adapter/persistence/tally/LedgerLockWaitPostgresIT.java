package org.surgepolicy.adapter.persistence.tally;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class LedgerLockWaitPostgresIT extends LedgerLockWaitContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
