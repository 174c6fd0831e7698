package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;

/**
 * The rule of policy.md sections 4 and 7, day by day: scheduled changes first (and the cap, when the period's days
 * in effect are used up), then at most one determination, then the transition, in which an activation decision may
 * act on a discretionary finding. Every comparison is between integer sums. The engine reports each day to a
 * {@link DayListener}, so that a full timeline and a parameter sweep are the same loop. Between two days on which
 * something can happen it does not step: it scans the precomputed window sums for the next day a determination could
 * be made, and reports the days in between as quiet, which makes a sweep's many runs cheap. It needs nothing per
 * threshold but the window sums of each window length, so that a sweep's memory does not grow with its thresholds.
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
         * @param afterChanges the state after step 1 (scheduled changes, and the cap)
         * @param found        the determination made that day, or null
         * @param state        the state at the end of the day
         */
        void onDay(long epochDay, int version, PolicyState afterChanges, Finding found, PolicyState state);

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

    /** One version's parameters, read into arrays once per run. */
    private static final class Compiled {
        final long from;
        final int lag;
        final int consecutive;
        final int activationDelay;
        final int discontinuationDelay;
        final boolean cancelOnRelease;
        /** The window sums of the release window, and each trigger's release threshold as such a sum. */
        final long[] releaseWindowSums;
        final long[] releaseSums;
        /** Each trigger's window sums and threshold sum, in the version's order. */
        final long[][] triggerSums;
        final long[] thresholdSums;
        final boolean[] mandatory;
        final String[] names;
        /** The order triggers are tried in: mandatory ones first. */
        final int[] order;
        final Finding[] low;
        final Finding[] high;
        final Finding[] capped;

        Compiled(PolicyVersion version, CountedData data) {
            RuleParameters p = version.parameters();
            CountedSeries series = data.series(version.countingRule());
            List<Trigger> triggers = p.triggers();
            int n = triggers.size();
            from = version.effectiveFrom().toEpochDay();
            lag = p.determinationLag();
            consecutive = p.consecutiveDays();
            activationDelay = p.activationDelay();
            discontinuationDelay = p.discontinuationDelay();
            cancelOnRelease = p.cancelPendingOn() == CancellationThreshold.DISCONTINUATION_THRESHOLD;
            releaseWindowSums = data.windowSums(series, p.window());
            // A trigger averaging over the release window (the simple form's) shares its sums.
            releaseSums = new long[n];
            triggerSums = new long[n][];
            thresholdSums = new long[n];
            mandatory = new boolean[n];
            names = new String[n];
            order = new int[n];
            low = new Finding[n];
            high = new Finding[n];
            capped = new Finding[n];
            int next = 0;
            for (int t = 0; t < n; t++) {
                Trigger trigger = triggers.get(t);
                releaseSums[t] = trigger.releaseThreshold() * p.window();
                triggerSums[t] = trigger.window() == p.window() ? releaseWindowSums
                    : data.windowSums(series, trigger.window());
                thresholdSums[t] = trigger.thresholdSum();
                mandatory[t] = trigger.kind().activates();
                names[t] = trigger.name();
                low[t] = new Finding(DeterminationType.LOW, t, false, null);
                high[t] = new Finding(DeterminationType.HIGH, t, false, null);
                capped[t] = new Finding(DeterminationType.HIGH, t, true, null);
                if (mandatory[t]) {
                    order[next++] = t;
                }
            }
            for (int t = 0; t < n; t++) {
                if (!mandatory[t]) {
                    order[next++] = t;
                }
            }
        }

        /** The index of the trigger a state names (the first for none). */
        int index(String name) {
            if (name == null) {
                return 0;
            }
            for (int t = 0; t < names.length; t++) {
                if (name.equals(names[t])) {
                    return t;
                }
            }
            throw new IllegalStateException("no trigger '" + name + "' in the version in force");
        }

        /** Whether the release window ending at index {@code i} is complete and below trigger t's release threshold. */
        boolean below(int i, int t) {
            return i >= 0 && releaseWindowSums[i] != CountedSeries.MISSING && releaseWindowSums[i] < releaseSums[t];
        }

        /** How many consecutive windows ending at index {@code i} are below, counting no further than needed. */
        int runBelow(int i, int t) {
            int run = 0;
            while (run < consecutive && below(i - run, t)) {
                run++;
            }
            return run;
        }

        /** The trigger whose condition the window ending at index {@code i} meets, mandatory first; or -1. */
        int firing(int i) {
            for (int t : order) {
                if (reaches(triggerSums[t][i], thresholdSums[t])) {
                    return t;
                }
            }
            return -1;
        }

        /** The trigger whose condition cancels a pending discontinuation at index {@code i}, or -1. */
        int cancelling(int i, int active) {
            if (cancelOnRelease) {
                return reaches(releaseWindowSums[i], releaseSums[active]) ? active : -1;
            }
            for (int t : order) {
                if (mandatory[t] && reaches(triggerSums[t][i], thresholdSums[t])) {
                    return t;
                }
            }
            return -1;
        }

        /** The first index from {@code from} to {@code last} at which any trigger fires, or {@code last + 1}. */
        int firstFiring(int from, int last) {
            int first = last + 1;
            for (int t = 0; t < triggerSums.length; t++) {
                first = firstReaching(triggerSums[t], thresholdSums[t], from, first - 1);
            }
            return first;
        }

        /** The first index from {@code from} to {@code last} at which a pending discontinuation is cancelled. */
        int firstCancelling(int from, int last, int active) {
            if (cancelOnRelease) {
                return firstReaching(releaseWindowSums, releaseSums[active], from, last);
            }
            int first = last + 1;
            for (int t = 0; t < triggerSums.length; t++) {
                if (mandatory[t]) {
                    first = firstReaching(triggerSums[t], thresholdSums[t], from, first - 1);
                }
            }
            return first;
        }

        /** The first index from {@code i} to {@code last} that ends a run of release windows below, or last + 1. */
        int firstLow(int i, int last, int t) {
            long[] sums = releaseWindowSums;
            long limit = releaseSums[t];
            int run = runBelow(i - 1, t);
            while (i <= last) {
                long sum = i >= 0 ? sums[i] : CountedSeries.MISSING;
                run = sum != CountedSeries.MISSING && sum < limit ? run + 1 : 0;
                if (run >= consecutive) {
                    return i;
                }
                i++;
            }
            return i;
        }
    }

    /** The activation decisions by the day they were made, each day's in the order they were recorded. */
    private static final class Decisions {
        private final Map<Long, List<ActivationDecision>> byDay = new HashMap<>();

        Decisions(List<ActivationDecision> decisions) {
            for (ActivationDecision decision : decisions) {
                byDay.computeIfAbsent(decision.decidedOn().toEpochDay(), d -> new ArrayList<>()).add(decision);
            }
            byDay.values().forEach(list -> list.sort(PRECEDENCE));
        }

        /** The first decision of {@code day} citing a discretionary finding of the run that began on {@code since}. */
        ActivationDecision acting(long day, long since) {
            List<ActivationDecision> made = byDay.get(day);
            if (made == null) {
                return null;
            }
            for (ActivationDecision decision : made) {
                long cited = decision.determinationDate().toEpochDay();
                if (cited >= since && cited <= day) {
                    return decision;
                }
            }
            return null;
        }
    }

    /** Of two decisions made on one day, the earlier recorded acts first (the ledger's id breaking ties). */
    static final Comparator<ActivationDecision> PRECEDENCE =
        Comparator.comparing(ActivationDecision::recordedAt).thenComparingLong(ActivationDecision::id);

    /**
     * Runs the rule over the days of the definition from its start to {@code through} (or its end date), without
     * activation decisions.
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate through, DayListener listener) {
        run(definition, data, through, List.of(), listener);
    }

    /**
     * Runs the rule over the days of the definition from its start to {@code through} (or its end date), the
     * activation decisions acting on the days they were made.
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate through,
                           List<ActivationDecision> decisions, DayListener listener) {
        steps(definition, data, definition.startsOn(), PolicyState.initial(definition.initialState(),
            definition.startsOn()), through, new Decisions(decisions), listener);
    }

    /**
     * Runs the rule over the days from {@code from} to {@code through} (or the definition's end date), entering
     * {@code from} in {@code state}: the state at the end of the day before, or the initial state on the first day.
     *
     * @throws IllegalArgumentException when the data does not cover the days the rule looks at, {@code from} is
     *                                  before the policy starts, or the definition has a cap, whose days in effect
     *                                  a run entered part-way cannot know
     */
    public static void run(PolicyDefinition definition, CountedData data, LocalDate from, PolicyState state,
                           LocalDate through, DayListener listener) {
        if (definition.cap() != null) {
            throw new IllegalArgumentException("policy " + definition.id() + " has a cap: run it from its start");
        }
        steps(definition, data, from, state, through, new Decisions(List.of()), listener);
    }

    private static void steps(PolicyDefinition definition, CountedData data, LocalDate from, PolicyState initial,
                              LocalDate through, Decisions decisions, DayListener listener) {
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
            compiled[v] = new Compiled(versions.get(v), data);
        }
        CapPeriods cap = CapPeriods.of(definition);

        PolicyState state = initial;
        long origin = data.originDay();
        long end = last.toEpochDay();
        long periodEnd = Long.MIN_VALUE;
        int limit = Integer.MAX_VALUE;
        int used = 0;
        long lastAvailable = Long.MIN_VALUE;
        long availableSince = Long.MIN_VALUE;
        int v = 0;
        long day = from.toEpochDay();
        while (day <= end) {
            while (v + 1 < compiled.length && compiled[v + 1].from <= day) {
                v++;
            }
            Compiled c = compiled[v];
            if (cap != null && day > periodEnd) {
                int period = cap.period(day);
                periodEnd = cap.end(period);
                limit = cap.limit(period);
                used = 0;
            }
            if (day == scheduledDay(state)) {
                state = state.onDay(LocalDate.ofEpochDay(day));
            }
            if (used >= limit) {
                state = state.reachCap(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(periodEnd + 1));
            }
            PolicyState afterChanges = state;
            int newest = (int) (day - origin) - c.lag;
            Finding found = switch (state) {
                case InEffect inEffect -> {
                    int t = c.index(inEffect.activatedBy());
                    yield c.runBelow(newest, t) >= c.consecutive ? c.low[t] : null;
                }
                case DiscontinuationPending pending -> {
                    int t = c.cancelling(newest, c.index(pending.activatedBy()));
                    yield t < 0 ? null : c.high[t];
                }
                case Discontinued discontinued -> {
                    int t = discontinued.reactivationDetermined() ? -1 : c.firing(newest);
                    yield t < 0 ? null : c.high[t];
                }
                case CapReached ignored -> {
                    int t = c.firing(newest);
                    yield t < 0 ? null : c.capped[t];
                }
            };
            if (found != null) {
                LocalDate date = LocalDate.ofEpochDay(day);
                int t = found.trigger();
                String trigger = c.names[t];
                switch (state) {
                    case InEffect inEffect -> state = inEffect.determineLow(date, c.discontinuationDelay);
                    case DiscontinuationPending pending ->
                        state = pending.cancel(c.cancelOnRelease ? pending.activatedBy() : trigger);
                    case Discontinued discontinued when c.mandatory[t] ->
                        state = discontinued.determineHigh(date, c.activationDelay, trigger);
                    case Discontinued discontinued -> {
                        availableSince = lastAvailable == day - 1 ? availableSince : day;
                        lastAvailable = day;
                        ActivationDecision acting = decisions.acting(day, availableSince);
                        if (acting != null) {
                            state = discontinued.determineHigh(date, c.activationDelay, trigger);
                            found = found.decidedBy(acting);
                        }
                    }
                    case CapReached ignored -> {
                    }
                }
            }
            listener.onDay(day, v, afterChanges, found, state);
            boolean inEffect = state.kind().inEffect();
            if (inEffect) {
                used++;
            }

            long versionEnd = v + 1 < compiled.length ? Math.min(end, compiled[v + 1].from - 1) : end;
            long scheduled = scheduledDay(state);
            long quietUntil = scheduled > day ? Math.min(versionEnd, scheduled - 1) : versionEnd;
            if (cap != null) {
                // A new period and the day the cap is used up are changes the rule must step into.
                quietUntil = Math.min(quietUntil, inEffect ? Math.min(periodEnd, day + limit - used) : periodEnd);
            }
            long next = nextDetermination(c, state, day + 1, quietUntil, origin);
            if (next > day + 1) {
                listener.onQuietDays(day + 1, next - 1, v, state);
                if (inEffect) {
                    used += (int) (next - 1 - day);
                }
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
        int found = switch (state) {
            case InEffect inEffect -> c.firstLow(i, last, c.index(inEffect.activatedBy()));
            case DiscontinuationPending pending -> c.firstCancelling(i, last, c.index(pending.activatedBy()));
            case Discontinued discontinued -> discontinued.reactivationDetermined() ? last + 1 : c.firstFiring(i, last);
            case CapReached ignored -> c.firstFiring(i, last);
        };
        return origin + c.lag + found;
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
            case CapReached capReached -> capReached.availableFrom().toEpochDay();
        };
    }
}
