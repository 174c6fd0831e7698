package org.surgepolicy.domain.imports;

import java.util.Objects;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.tally.Tally;

/** What one line of an imported file became: a tally, a published statistic, or a reject. */
public sealed interface ImportLine {

    /** The line's number in the file (the header is line 1). */
    long lineNumber();

    /** The line as it was in the file. */
    String raw();

    /** A valid line of a file whose rows go to the ledger ({@link TallyFormat}). */
    record TallyLine(long lineNumber, Tally tally, String raw) implements ImportLine {
        public TallyLine {
            Objects.requireNonNull(tally, "tally");
        }
    }

    /** A valid line of a file of published statistics ({@link StatisticsFormat}). */
    record StatisticLine(long lineNumber, Statistic statistic, String raw) implements ImportLine {
        public StatisticLine {
            Objects.requireNonNull(statistic, "statistic");
        }
    }

    /** A line that could not be read, and why. */
    record Rejected(long lineNumber, String reason, String raw) implements ImportLine {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
