package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;

/**
 * A difference between a determination as first recorded and what today's data yields.
 *
 * @param recorded the determination as first recorded, or null when the data now yields one never recorded
 * @param current  the determination today's data yields, or null when it yields none on that date
 */
public record Restatement(LocalDate date, DeterminationType type, Kind kind, RecordedDetermination recorded,
                          Determination current, String description) {

    /** Why one side of the difference is null, by name. */
    public Map<String, Unavailable> unavailable() {
        return new Explanations()
            .explain("recorded", recorded, () -> Unavailable.because(Unavailable.Reason.NEVER_HAPPENED, "no " + type
                + " determination was recorded for " + date))
            .explain("current", current, () -> Unavailable.because(Unavailable.Reason.NEVER_HAPPENED, "the current"
                + " data yields no " + type + " determination on " + date))
            .reasons();
    }

    /** How the determination differs. */
    public enum Kind {
        /** Recorded then, no longer yielded by the data. */
        WITHDRAWN,
        /** Yielded now, never recorded. */
        ADDED,
        /** Yielded now on the same date, but with other evidence, version or effective date. */
        REVISED
    }
}
