package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;

/**
 * The rule of docs/rule.md, "The rule, day by day" and "A second rule", day by day: scheduled changes first (and the
 * cap, when the period's days in effect are used up), then at most one determination, then the transition, in which an
 * activation decision may act on a discretionary finding. Every comparison is between integer sums. The engine reports
 * each day to a {@link DayListener}, so that a full timeline and a parameter sweep are the same loop. Between two days
 * on which something can happen it does not step: it scans the precomputed window sums for the next day a determination
 * could be made, and reports the days in between as quiet, which makes a sweep's many runs cheap. It needs nothing per
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
        CompiledVersion[] compiled = new CompiledVersion[versions.size()];
        for (int v = 0; v < compiled.length; v++) {
            compiled[v] = new CompiledVersion(versions.get(v), data);
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
            CompiledVersion c = compiled[v];
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
    private static long nextDetermination(CompiledVersion c, PolicyState state, long from, long to, long origin) {
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
