package org.surgepolicy.application.jobs;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery;
import org.surgepolicy.application.tally.port.out.TallyLedger;

/**
 * Runs the nightly aggregate check and the ledger's deep check one after the other, in one read-only transaction, and
 * answers what both found.
 */
public final class CheckLedgerService implements CheckLedgerQuery {

    private final CheckAggregatesQuery aggregates;
    private final TallyLedger ledger;

    public CheckLedgerService(CheckAggregatesQuery aggregates, TallyLedger ledger) {
        this.aggregates = aggregates;
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public LedgerCheck check(int revisionsNamed) {
        if (revisionsNamed < 1) {
            throw new IllegalArgumentException("at least 1 revision is named, not " + revisionsNamed);
        }
        CheckAggregatesQuery.AggregateCheck aggregateCheck = aggregates.check();
        TallyLedger.BrokenChains broken = ledger.brokenChains(revisionsNamed);
        return new LedgerCheck(aggregateCheck, broken.first(), broken.count());
    }
}
