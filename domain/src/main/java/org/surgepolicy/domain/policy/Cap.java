package org.surgepolicy.domain.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.surgepolicy.domain.validation.Violations;

/**
 * A cap on the days a policy may be in effect: at most {@code limits[k]} days in the k-th period of {@code period}
 * counted from the policy's start. On the day a period's cap is used up the policy ends at the end of that day, and it
 * cannot be activated again before the next period begins.
 *
 * @param period the length of each period, such as {@code P1Y}
 * @param limits the most days in effect in each period, in period order
 */
public record Cap(Period period, List<Integer> limits) {

    public Cap {
        Violations v = new Violations()
            .requireNonNull(period, "period")
            .require(period == null || !period.isZero() && !period.isNegative()
                    && period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0, "period",
                "must be a positive length such as P1Y or P90D, was " + period)
            .require(limits != null && !limits.isEmpty(), "limits", "must give the limit of at least one period");
        if (limits != null) {
            for (int i = 0; i < limits.size(); i++) {
                Integer limit = limits.get(i);
                v.require(limit != null && limit >= 0, "limits[" + i + "]",
                    "must be a number of days, 0 or more, was " + limit);
            }
        }
        v.throwIfAny();
        limits = List.copyOf(limits);
    }

    /** The number of periods the cap gives a limit for. */
    public int periods() {
        return limits.size();
    }

    /** The first day of the k-th period (0 for the first) of a policy that starts on {@code startsOn}. */
    public LocalDate periodStart(LocalDate startsOn, int k) {
        return startsOn.plus(period.multipliedBy(k));
    }

    /** The last day of the k-th period of a policy that starts on {@code startsOn}. */
    public LocalDate periodEnd(LocalDate startsOn, int k) {
        return periodStart(startsOn, k + 1).minusDays(1);
    }

    /** This cap with other limits (simulations and sweeps). */
    public Cap withLimits(List<Integer> changed) {
        return new Cap(period, changed);
    }
}
