package org.surgepolicy.adapter.persistence.tally;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

@ExtendWith(PostgresServer.class)
class JdbcLedgerTotalsPostgresIT extends JdbcLedgerTotalsContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgres();
    }
}
