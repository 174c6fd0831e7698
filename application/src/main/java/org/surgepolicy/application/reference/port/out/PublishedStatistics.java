package org.surgepolicy.application.reference.port.out;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Component;

/** CBP's published monthly statistics, kept apart from the daily ledger, for reconciliation. */
public interface PublishedStatistics {

    /** What a publish did: new or changed counts, and counts equal to those stored. */
    record PublishResult(long revised, long unchanged) {
    }

    /**
     * Publishes an import's staged statistics in the caller's transaction (set-based), replacing the counts of their
     * keys; a count equal to the stored one is a no-op.
     */
    PublishResult publish(long importId, Instant publishedAt);

    /**
     * A month's total for a component (and area, where the dataset has areas; null for the dataset's whole scope).
     */
    record MonthlyTotal(Dataset dataset, YearMonth month, Component component, String area, long total) {
    }

    /** The totals per dataset, month, component and area between two months, both included. */
    List<MonthlyTotal> totals(YearMonth from, YearMonth to);
}
