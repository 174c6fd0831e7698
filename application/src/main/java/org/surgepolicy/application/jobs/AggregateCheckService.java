package org.surgepolicy.application.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.DayAggregate;

/**
 * Compares the maintained daily aggregate with the one summed from the revisions, which the ledger does in one pass
 * over them, and names the days that differ. The sum is the aggregate of the latest counts as long as each revision's
 * previous count is its key's count before it: the deep check ({@link TallyLedger#brokenChains(int)}) verifies that.
 */
public final class AggregateCheckService implements CheckAggregatesQuery {

    private final TallyLedger ledger;

    public AggregateCheckService(TallyLedger ledger) {
        this.ledger = ledger;
    }

    /** Repeatable read would be ideal; one read-only transaction at least reads both sides from committed data. */
    @Override
    @Transactional(readOnly = true)
    public AggregateCheck check() {
        return of(ledger.compareAggregates());
    }

    /** The check's answer: the days compared and, for each day that differs, both sides' totals. */
    static AggregateCheck of(TallyLedger.AggregateComparison comparison) {
        List<DayMismatch> mismatches = new ArrayList<>();
        for (LocalDate day : comparison.differingDays()) {
            mismatches.add(new DayMismatch(day, totals(comparison.maintained().day(day).orElse(null)),
                totals(comparison.rebuilt().day(day).orElse(null))));
        }
        return new AggregateCheck(comparison.daysMaintained(), comparison.daysRebuilt(), mismatches);
    }

    private static String totals(DayAggregate day) {
        return day == null ? null : day.totals().toString();
    }
}
