package org.surgepolicy.application.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.DayAggregate;

/** Rebuilds the daily aggregate from the revisions and compares it, day by day, with the maintained one. */
public final class AggregateCheckService implements CheckAggregatesQuery {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final TallyLedger ledger;

    public AggregateCheckService(TallyLedger ledger) {
        this.ledger = ledger;
    }

    /** Repeatable read would be ideal; one read-only transaction at least reads both sides from committed data. */
    @Override
    @Transactional(readOnly = true)
    public AggregateCheck check() {
        DailyAggregates maintained = ledger.aggregates(FIRST, LAST);
        DailyAggregates rebuilt = ledger.rebuildAggregates(FIRST, LAST);
        TreeSet<LocalDate> days = new TreeSet<>();
        maintained.days().forEach(d -> days.add(d.date()));
        rebuilt.days().forEach(d -> days.add(d.date()));
        List<DayMismatch> mismatches = new ArrayList<>();
        for (LocalDate day : days) {
            DayAggregate m = maintained.day(day).orElse(null);
            DayAggregate r = rebuilt.day(day).orElse(null);
            if (m == null || !m.equals(r)) {
                mismatches.add(new DayMismatch(day, m == null ? null : m.totals().toString(),
                    r == null ? null : r.totals().toString()));
            }
        }
        return new AggregateCheck(maintained.size(), rebuilt.size(), mismatches);
    }
}
