package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Dataset;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;

/** CBP's published monthly statistics, kept apart from the daily ledger, for reconciliation. */
public interface PublishedStatistics {

    /** The legal authority an encounter was processed under. */
    enum TitleOfAuthority {
        TITLE_8,
        TITLE_42
    }

    /**
     * One published count.
     *
     * @param month the calendar month (CBP's fiscal month translated)
     * @param area  the area, or null where the publication has none
     */
    record Statistic(Dataset dataset, YearMonth month, Component component, AreaCode area, Demographic demographic,
                     Citizenship citizenship, TitleOfAuthority title, EncounterType encounterType, long count) {

        public Statistic {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(demographic, "demographic");
            Objects.requireNonNull(citizenship, "citizenship");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(encounterType, "encounterType");
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative, was " + count);
            }
        }
    }

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
