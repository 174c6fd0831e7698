package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How much of a period's cap on days in effect is used at the end of a day.
 *
 * @param periodFrom the first day of the period
 * @param periodTo   the last day of the period
 * @param limit      the most days in effect the period allows
 * @param used       the days in effect of the period up to and including that day
 */
public record CapUsage(LocalDate periodFrom, LocalDate periodTo, int limit, int used) {

    public CapUsage {
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        if (used < 0 || used > limit) {
            throw new IllegalArgumentException("days used " + used + " outside 0 to the limit " + limit);
        }
    }

    /** The days in effect the period still allows. */
    public int left() {
        return limit - used;
    }
}
