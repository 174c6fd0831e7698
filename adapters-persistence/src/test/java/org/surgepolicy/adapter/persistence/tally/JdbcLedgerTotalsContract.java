package org.surgepolicy.adapter.persistence.tally;

import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.LedgerTotalsContract;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.application.tally.port.out.TallyLedger;

/** The contract of the ledger's totals on each database (a subclass names it), over the JDBC ledger. */
abstract class JdbcLedgerTotalsContract extends LedgerTotalsContract<TestDatabase> {

    @Override
    protected LedgerTotals newLedgerTotals(TestDatabase database) {
        return new JdbcLedgerTotals(database.dataSource());
    }

    @Override
    protected TallyLedger newLedger(TestDatabase database) {
        return new JdbcTallyLedger(database.dataSource(), database.commitClock());
    }
}
