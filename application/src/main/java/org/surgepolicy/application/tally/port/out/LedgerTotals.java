package org.surgepolicy.application.tally.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.tally.Component;

/** Monthly sums of the ledger's latest counts, for reconciliation with the published statistics. */
public interface LedgerTotals {

    /** The sum of the latest counts of one month, component and area. */
    record MonthlyAreaTotal(YearMonth month, Component component, String area, long total) {
    }

    /** The totals per month, component and area between two months, both included. */
    List<MonthlyAreaTotal> monthlyTotals(YearMonth from, YearMonth to);

    /** The first and last day of the revisions that carry a source, and how many there are. */
    record SourceSpan(LocalDate from, LocalDate to, long revisions) {
    }

    /** The days the revisions of a source cover; empty when there are none. */
    Optional<SourceSpan> spanOfSource(String source);
}
