package org.surgepolicy.application.reference.port.in;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.statistics.Dataset;
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
     * A month the publication has not published, or the ledger has no reported day of, has no total there (not
     * zero), and then no difference.
     *
     * @param ledger     the ledger's total, or null when the ledger has no reported day in the month
     * @param published  the published total, or null when the publication has no statistics for the month
     * @param difference the ledger's total minus the published one, or null when either is missing
     */
    record Line(YearMonth month, Dataset dataset, Component component, String area, Long ledger,
                Long published, Long difference) {

        public Line {
            Long expected = ledger == null || published == null ? null : ledger - published;
            if (!Objects.equals(difference, expected)) {
                throw new IllegalArgumentException("the difference of " + ledger + " and " + published + " is "
                    + expected + ", not " + difference);
            }
        }

        /** A comparison of two totals, either of which may be missing. */
        public static Line of(YearMonth month, Dataset dataset, Component component, String area,
                              Long ledger, Long published) {
            return new Line(month, dataset, component, area, ledger, published,
                ledger == null || published == null ? null : ledger - published);
        }

        /** Whether both totals are there and differ. */
        public boolean differs() {
            return difference != null && difference != 0;
        }

        /** Why the null totals are null, by name. */
        public Map<String, Unavailable> unavailable() {
            Unavailable unpublished = Unavailable.because(Unavailable.Reason.NOT_PUBLISHED, dataset + " has no"
                + " statistics for " + month + " (not published yet, or not covered by the files imported)");
            Unavailable notInLedger = Unavailable.because(Unavailable.Reason.NOT_IN_LEDGER, "the ledger has no"
                + " reported day in " + month);
            return new Explanations()
                .explain("ledger", ledger, () -> notInLedger)
                .explain("published", published, () -> unpublished)
                .explain("difference", difference, () -> published == null ? unpublished : notInLedger)
                .reasons();
        }
    }

    /** The comparisons, by month, publication, component and area; and the lines that differ. */
    record Reconciliation(YearMonth from, YearMonth to, List<Line> lines) {
        public Reconciliation {
            lines = List.copyOf(lines);
        }

        /** The lines whose two totals are both there and differ. */
        public List<Line> differences() {
            return lines.stream().filter(Line::differs).toList();
        }

        /** The lines of months the publication has not published. */
        public List<Line> notPublished() {
            return lines.stream().filter(l -> l.published() == null).toList();
        }

        /** The lines of months the ledger has no reported day of. */
        public List<Line> notInLedger() {
            return lines.stream().filter(l -> l.ledger() == null).toList();
        }
    }
}
