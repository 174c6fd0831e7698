package org.surgepolicy.adapter.persistence.tally;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;

/** A test of the ledger on PostgreSQL alone: its appends and its publish of staged imports, on a schema of its own. */
@ExtendWith(PostgresServer.class)
abstract class PostgresLedgerTest extends DatabaseContract {

    protected JdbcTallyLedger ledger;
    protected JdbcStagedTallyLedger staged;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    @BeforeEach
    void createAdapters() {
        ledger = new JdbcTallyLedger(database.dataSource(), commitClock);
        staged = new JdbcStagedTallyLedger(database.dataSource(), commitClock);
    }
}
