package org.surgepolicy.application.port.in;

import java.time.YearMonth;
import java.util.List;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.validation.InvalidValueException;

/** The ledger's monthly sums beside CBP's published statistics, with the differences. */
public interface ReconcileQuery {

    /** The longest range one query may cover. */
    int MAX_MONTHS = 600;

    Reconciliation reconcile(Query query);

    /** @param from the first month (null: the earliest with data); @param to the last (null: the latest) */
    record Query(YearMonth from, YearMonth to) {
        public Query {
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidValueException("to", to + " is before from " + from);
            }
            if (from != null && to != null && from.until(to, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS) {
                throw new InvalidValueException("from", "the range may cover at most " + MAX_MONTHS + " months");
            }
        }
    }

    /**
     * One comparison: a month, a publication and a component, and an area where the publication has areas (null: the
     * publication's whole scope: the southwest land border for the southwest file, every area for the nationwide one).
     *
     * @param difference the ledger's total minus the published one
     */
    record Line(YearMonth month, PublishedStatistics.Dataset dataset, Component component, String area, long ledger,
                long published, long difference) {
    }

    /** The comparisons, by month, publication, component and area; and the lines that differ. */
    record Reconciliation(YearMonth from, YearMonth to, List<Line> lines) {
        public Reconciliation {
            lines = List.copyOf(lines);
        }

        public List<Line> differences() {
            return lines.stream().filter(l -> l.difference() != 0).toList();
        }
    }
}
