package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;

/**
 * The rule of policy.md section 4, day by day: scheduled changes first, then at most one determination, then the
 * transition. Every comparison is between integer sums. The engine reports each day to a {@link DayListener}, so
 * that a full timeline and a parameter sweep are the same loop; it allocates only when the state changes.
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
    }

    /** One version's parameters, read into fields once per run. */
    private record Compiled(long from, CountedSeries series, int[] runsBelow, int window, int lag, int consecutive,
                            long activationSum, long cancelSum, int activationDelay, int discontinuationDelay) {
    }

    /**
     * Runs the rule over the days of the definition from its start to {@code through} (or its end date).
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate through, DayListener listener) {
        LocalDate last = definition.lastDay(through);
        if (last.isBefore(definition.startsOn())) {
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
            compiled[v] = new Compiled(version.effectiveFrom().toEpochDay(), series,
                data.runsBelow(series, p.window(), p.discontinuationSum()), p.window(), p.determinationLag(),
                p.consecutiveDays(), p.activationSum(), p.cancellationThreshold() * p.window(),
                p.activationDelay(), p.discontinuationDelay());
        }

        long origin = data.originDay();
        long first = definition.startsOn().toEpochDay();
        long end = last.toEpochDay();
        PolicyState state = PolicyState.initial(definition.initialState(), definition.startsOn());
        long scheduled = scheduledDay(state);
        int v = 0;
        for (long day = first; day <= end; day++) {
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
                case InEffect ignored -> c.runsBelow[newest] >= c.consecutive ? DeterminationType.LOW : null;
                case DiscontinuationPending ignored -> reaches(c.series.windowSum(newest, c.window), c.cancelSum)
                    ? DeterminationType.HIGH : null;
                case Discontinued d -> !d.reactivationDetermined()
                    && reaches(c.series.windowSum(newest, c.window), c.activationSum) ? DeterminationType.HIGH : null;
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
        }
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
