package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.Cap;
import org.surgepolicy.domain.policy.PolicyDefinition;

/**
 * A definition's cap read into epoch days once: where each period starts and ends, and its limit. The engine and the
 * timeline count the days in effect of each period with it, so that both count alike.
 */
final class CapPeriods {

    private final long[] starts;
    private final int[] limits;

    private CapPeriods(long[] starts, int[] limits) {
        this.starts = starts;
        this.limits = limits;
    }

    /** The periods of the definition's cap, or null when it has none. */
    static CapPeriods of(PolicyDefinition definition) {
        Cap cap = definition.cap();
        if (cap == null) {
            return null;
        }
        long[] starts = new long[cap.periods() + 1];
        int[] limits = new int[cap.periods()];
        for (int k = 0; k <= cap.periods(); k++) {
            starts[k] = cap.periodStart(definition.startsOn(), k).toEpochDay();
            if (k < cap.periods()) {
                limits[k] = cap.limits().get(k);
            }
        }
        return new CapPeriods(starts, limits);
    }

    /** The period a day lies in (the last one for a day after it: a valid definition ends within its periods). */
    int period(long epochDay) {
        int k = 0;
        while (k + 1 < limits.length && starts[k + 1] <= epochDay) {
            k++;
        }
        return k;
    }

    long start(int period) {
        return starts[period];
    }

    long end(int period) {
        return starts[period + 1] - 1;
    }

    int limit(int period) {
        return limits[period];
    }

    /** A period's use on the day its days in effect so far are {@code used}. */
    CapUsage usage(int period, int used) {
        return new CapUsage(LocalDate.ofEpochDay(start(period)), LocalDate.ofEpochDay(end(period)), limit(period),
            used);
    }

    /**
     * The first day without the policy if it stays in effect after {@code day}, on which the days in effect of its
     * period are {@code used}: the day after the cap is used up, in this period or a later one; null when no cap is
     * used up before {@code lastDay}.
     */
    LocalDate endIfInEffect(long day, int used, long lastDay) {
        int k = period(day);
        long from = day + 1;
        int count = used;
        while (from <= lastDay) {
            if (from > end(k)) {
                if (k + 1 >= limits.length) {
                    return null;
                }
                k++;
                count = 0;
            }
            long usedUp = from + (limit(k) - count);
            if (usedUp <= end(k)) {
                return usedUp <= lastDay ? LocalDate.ofEpochDay(usedUp) : null;
            }
            from = end(k) + 1;
        }
        return null;
    }

    /** Counts the days in effect of each period as the days pass, one day at a time and in order. */
    static final class Counter {
        private final CapPeriods periods;
        private int period = -1;
        private long periodEnd = Long.MIN_VALUE;
        private int used;

        Counter(CapPeriods periods) {
            this.periods = periods;
        }

        /** Counts {@code day}, in effect or not, and returns its period's use at the end of it. */
        CapUsage count(long day, boolean inEffect) {
            if (day > periodEnd) {
                period = periods.period(day);
                periodEnd = periods.end(period);
                used = 0;
            }
            if (inEffect) {
                used++;
            }
            return periods.usage(period, used);
        }
    }
}
