package org.surgepolicy.adapter.persistence.tally;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.domain.tally.Tally;

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

    /** The sum of every key's latest count. */
    protected long latestTotal() {
        return database.jdbc().sql("select sum(encounter_count) from tally_latest").query(Long.class).single();
    }

    protected static long total(List<Tally> tallies) {
        return tallies.stream().mapToLong(Tally::count).sum();
    }
}
