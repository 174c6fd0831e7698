package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.validation.Violations;

/**
 * How old the data is on the day a status is for.
 *
 * @param dataThrough    the newest reported day on or before that day, or null when no day is reported
 * @param ageDays        the days from {@code dataThrough} to that day (0: reported today), or null with no data
 * @param staleAfterDays the age beyond which the data is called stale
 */
public record Freshness(LocalDate dataThrough, Integer ageDays, int staleAfterDays) {

    public Freshness {
        new Violations()
            .require((dataThrough == null) == (ageDays == null), "ageDays",
                "is given exactly when there is a newest reported day")
            .require(ageDays == null || ageDays >= 0, "ageDays", "must not be negative, was " + ageDays)
            .require(staleAfterDays >= 0, "staleAfterDays", "must not be negative, was " + staleAfterDays)
            .throwIfAny();
    }

    /** The freshness on {@code asOf} of data whose newest reported day is {@code dataThrough} (null: none). */
    public static Freshness of(LocalDate dataThrough, LocalDate asOf, int staleAfterDays) {
        return new Freshness(dataThrough, dataThrough == null ? null
            : Math.toIntExact(asOf.toEpochDay() - dataThrough.toEpochDay()), staleAfterDays);
    }

    /** Whether no day is reported, or the newest is older than {@code staleAfterDays}. */
    public boolean stale() {
        return ageDays == null || ageDays > staleAfterDays;
    }
}
