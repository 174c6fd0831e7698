package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;

/**
 * The rule of policy.md section 4, day by day: scheduled changes first, then at most one determination, then the
 * transition. Every comparison is between integer sums. The engine reports each day to a {@link DayListener}, so
 * that a full timeline and a parameter sweep are the same loop. Between two days on which something can happen it
 * does not step: it scans the precomputed window sums for the next day a determination could be made, and reports
 * the days in between as quiet, which makes a sweep's many runs cheap. It needs nothing per threshold but the
 * window sums of each window length, so that a sweep's memory does not grow with its thresholds.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /** What the engine says of each day. */
    @FunctionalInterface
    public interface DayListener {

        /**
         * @param epochDay     the day
         * @param version      the index of the version in force, in the definition's list
         * @param afterChanges the state after step 1 (scheduled changes)
         * @param determined   the determination made that day, or null
         * @param state        the state at the end of the day
         */
        void onDay(long epochDay, int version, PolicyState afterChanges, DeterminationType determined,
                   PolicyState state);

        /**
         * The days from {@code first} to {@code last}, all under one version, on which nothing happens: no change is
         * scheduled and no determination made, so the state stays {@code state}. By default, each is one quiet day.
         */
        default void onQuietDays(long first, long last, int version, PolicyState state) {
            for (long day = first; day <= last; day++) {
                onDay(day, version, state, null, state);
            }
        }
    }

    /** One version's parameters, read into fields once per run. */
    private record Compiled(long from, long[] windowSums, int lag, int consecutive, long discontinuationSum,
                            long activationSum, long cancelSum, int activationDelay, int discontinuationDelay) {

        /** Whether the window ending at index {@code i} is complete and below the discontinuation threshold. */
        boolean below(int i) {
            return i >= 0 && windowSums[i] != CountedSeries.MISSING && windowSums[i] < discontinuationSum;
        }

        /** How many consecutive windows ending at index {@code i} are below, counting no further than needed. */
        int runBelow(int i) {
            int run = 0;
            while (run < consecutive && below(i - run)) {
                run++;
            }
            return run;
        }
    }

    /**
     * Runs the rule over the days of the definition from its start to {@code through} (or its end date).
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate through, DayListener listener) {
        run(definition, data, definition.startsOn(), PolicyState.initial(definition.initialState(),
            definition.startsOn()), through, listener);
    }

    /**
     * Runs the rule over the days from {@code from} to {@code through} (or the definition's end date), entering
     * {@code from} in {@code state}: the state at the end of the day before, or the initial state on the first day.
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at, or {@code from} is
     *                                  before the policy starts
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate from, PolicyState state,
                           LocalDate through, DayListener listener) {
        if (from.isBefore(definition.startsOn())) {
            throw new IllegalArgumentException("policy " + definition.id() + " starts on " + definition.startsOn()
                + ", not on " + from);
        }
        LocalDate last = definition.lastDay(through);
        if (last.isBefore(from)) {
            return;
        }
        if (!data.covers(definition, last)) {
            throw new IllegalArgumentException("the counted data from " + data.origin() + " to " + data.lastDay()
                + " does not cover the days policy " + definition.id() + " looks at through " + last);
        }
        List<PolicyVersion> versions = definition.versions();
        Compiled[] compiled = new Compiled[versions.size()];
        for (int v = 0; v < compiled.length; v++) {
            PolicyVersion version = versions.get(v);
            RuleParameters p = version.parameters();
            CountedSeries series = data.series(version.countingRule());
            compiled[v] = new Compiled(version.effectiveFrom().toEpochDay(), data.windowSums(series, p.window()),
                p.determinationLag(), p.consecutiveDays(), p.discontinuationSum(), p.activationSum(),
                p.cancellationThreshold() * p.window(), p.activationDelay(), p.discontinuationDelay());
        }

        long origin = data.originDay();
        long end = last.toEpochDay();
        long scheduled = scheduledDay(state);
        int v = 0;
        long day = from.toEpochDay();
        while (day <= end) {
            while (v + 1 < compiled.length && compiled[v + 1].from <= day) {
                v++;
            }
            Compiled c = compiled[v];
            if (day == scheduled) {
                state = state.onDay(LocalDate.ofEpochDay(day));
                scheduled = scheduledDay(state);
            }
            PolicyState afterChanges = state;
            int newest = (int) (day - origin) - c.lag;
            DeterminationType determined = switch (state) {
                case InEffect ignored -> c.runBelow(newest) >= c.consecutive ? DeterminationType.LOW : null;
                case DiscontinuationPending ignored -> reaches(c.windowSums[newest], c.cancelSum)
                    ? DeterminationType.HIGH : null;
                case Discontinued d -> !d.reactivationDetermined() && reaches(c.windowSums[newest], c.activationSum)
                    ? DeterminationType.HIGH : null;
            };
            if (determined != null) {
                LocalDate date = LocalDate.ofEpochDay(day);
                state = switch (state) {
                    case InEffect inEffect -> inEffect.determineLow(date, c.discontinuationDelay);
                    case DiscontinuationPending pending -> pending.cancel();
                    case Discontinued discontinued -> discontinued.determineHigh(date, c.activationDelay);
                };
                scheduled = scheduledDay(state);
            }
            listener.onDay(day, v, afterChanges, determined, state);

            long versionEnd = v + 1 < compiled.length ? Math.min(end, compiled[v + 1].from - 1) : end;
            long quietUntil = scheduled > day ? Math.min(versionEnd, scheduled - 1) : versionEnd;
            long next = nextDetermination(c, state, day + 1, quietUntil, origin);
            if (next > day + 1) {
                listener.onQuietDays(day + 1, next - 1, v, state);
            }
            day = next;
        }
    }

    /**
     * The first day from {@code from} to {@code to} on which a determination would be made in {@code state} (the
     * same conditions as the day's step), or {@code to + 1} when there is none.
     */
    private static long nextDetermination(Compiled c, PolicyState state, long from, long to, long origin) {
        int i = (int) (from - origin) - c.lag;
        int last = (int) (to - origin) - c.lag;
        switch (state) {
            case InEffect ignored -> {
                int run = c.runBelow(i - 1);
                while (i <= last) {
                    run = c.below(i) ? run + 1 : 0;
                    if (run >= c.consecutive) {
                        break;
                    }
                    i++;
                }
            }
            case DiscontinuationPending ignored -> i = firstReaching(c.windowSums, c.cancelSum, i, last);
            case Discontinued d -> i = d.reactivationDetermined()
                ? last + 1 : firstReaching(c.windowSums, c.activationSum, i, last);
        }
        return origin + c.lag + i;
    }

    private static int firstReaching(long[] windowSums, long thresholdSum, int from, int last) {
        int i = from;
        while (i <= last && !reaches(windowSums[i], thresholdSum)) {
            i++;
        }
        return i;
    }

    private static boolean reaches(long sum, long thresholdSum) {
        return sum != CountedSeries.MISSING && sum >= thresholdSum;
    }

    private static long scheduledDay(PolicyState state) {
        return switch (state) {
            case InEffect ignored -> Long.MIN_VALUE;
            case DiscontinuationPending pending -> pending.effectiveOn().toEpochDay();
            case Discontinued discontinued -> discontinued.reactivationDetermined()
                ? discontinued.reactivationEffectiveOn().toEpochDay() : Long.MIN_VALUE;
        };
    }
}
