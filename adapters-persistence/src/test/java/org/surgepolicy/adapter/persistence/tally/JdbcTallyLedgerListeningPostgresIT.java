package org.surgepolicy.adapter.persistence.tally;

import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

/** The contract again with the current data kept in memory between its changes, as the service keeps it. */
@ExtendWith(PostgresServer.class)
class JdbcTallyLedgerListeningPostgresIT extends JdbcTallyLedgerContract {

    @Override
    protected TestDatabase openStore() {
        return TestDatabase.postgresListening();
    }
}
