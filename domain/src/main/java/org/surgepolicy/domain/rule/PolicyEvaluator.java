package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;

/**
 * Evaluation as a pure function: definition, daily counts, overrides and activation decisions in; a timeline with its
 * evidence out.
 */
public final class PolicyEvaluator {

    private static final Comparator<PolicyOverride> PRECEDENCE =
        Comparator.comparing(PolicyOverride::recordedAt).thenComparingLong(PolicyOverride::id);

    private PolicyEvaluator() {
    }

    /** The timeline of the input's policy, from its start to the input's last day. */
    public static Timeline evaluate(EvaluationInput input) {
        PolicyDefinition definition = input.definition();
        CountedData data = CountedData.of(definition, input.data(), input.replacements(), definition.maxLookBack(),
            input.through());
        return timeline(definition, data, input.overrides(), input.decisions(), input.through());
    }

    /** The timeline over data already counted (the data must cover the definition's look-back). */
    public static Timeline timeline(PolicyDefinition definition, CountedData data, List<PolicyOverride> overrides,
                                    List<ActivationDecision> decisions, LocalDate through) {
        List<TimelineDay> days = new ArrayList<>();
        List<PolicyVersion> versions = definition.versions();
        PolicyState[] previous = {PolicyState.initial(definition.initialState(), definition.startsOn())};
        PolicyOverride[] previousOverride = {null};
        EffectiveRun run = new EffectiveRun(definition.startsOn());
        CapPeriods cap = CapPeriods.of(definition);
        CapPeriods.Counter capCounter = cap == null ? null : new CapPeriods.Counter(cap);
        RuleEngine.run(definition, data, through, decisions, (epochDay, v, afterChanges, found, state) -> {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            PolicyVersion version = versions.get(v);
            RuleParameters p = version.parameters();
            CountedSeries series = data.series(version.countingRule());
            int index = series.index(date);
            List<PolicyEvent> events = new ArrayList<>(2);
            scheduledChanges(date, previous[0], afterChanges, events);
            Determination determination = null;
            if (found != null) {
                determination = determination(date, found, afterChanges, state, version, series,
                    index - p.determinationLag());
                events.add(new PolicyEvent.DeterminationMade(date, determination));
                if (found.decision() != null) {
                    events.add(new PolicyEvent.ActivationDecided(date, found.decision(), determination.effectiveOn()));
                }
            }
            PolicyOverride override = applicable(overrides, date);
            if (override != previousOverride[0]) {
                if (previousOverride[0] != null) {
                    events.add(new PolicyEvent.OverrideEnded(date, previousOverride[0]));
                }
                if (override != null) {
                    events.add(new PolicyEvent.OverrideStarted(date, override));
                }
            }
            long counted = series.count(index);
            PolicyStateKind effective = override == null ? state.kind() : override.state();
            days.add(new TimelineDay(date, counted == CountedSeries.MISSING ? null : counted,
                series.average(index, p.window()), state, effective,
                run.since(date, effective, state, override, previousOverride[0]), override, version.id(),
                data.runsBelow(series, p.window(), p.releaseSum(state.releasedAs()))[index], determination, events,
                series.missingDays(index, p.window()),
                capCounter == null ? null : capCounter.count(epochDay, state.kind().inEffect())));
            previous[0] = state;
            previousOverride[0] = override;
        });
        return withoutEffect(new Timeline(definition, days), decisions);
    }

    /** The events of the changes step 1 made on {@code date}: scheduled ones, and the cap's. */
    private static void scheduledChanges(LocalDate date, PolicyState before, PolicyState after,
                                         List<PolicyEvent> events) {
        // By value: the engine starts from its own instance of the initial state.
        if (after.equals(before)) {
            return;
        }
        switch (before) {
            case DiscontinuationPending pending when pending.effectiveOn().equals(date) ->
                events.add(new PolicyEvent.DiscontinuationTookEffect(date));
            case Discontinued discontinued when date.equals(discontinued.reactivationEffectiveOn()) ->
                events.add(new PolicyEvent.ReactivationTookEffect(date));
            case CapReached capReached when capReached.availableFrom().equals(date) ->
                events.add(new PolicyEvent.CapPeriodBegan(date));
            case InEffect ignored -> {
            }
            case DiscontinuationPending ignored -> {
            }
            case Discontinued ignored -> {
            }
            case CapReached ignored -> {
            }
        }
        switch (after) {
            case CapReached capReached -> events.add(new PolicyEvent.CapUsedUp(date, capReached.availableFrom()));
            case InEffect ignored -> {
            }
            case DiscontinuationPending ignored -> {
            }
            case Discontinued ignored -> {
            }
        }
    }

    /**
     * The timeline with an event on the day of each activation decision that did not act, saying why (the decisions
     * that acted have theirs already).
     */
    private static Timeline withoutEffect(Timeline timeline, List<ActivationDecision> decisions) {
        if (decisions.isEmpty()) {
            return timeline;
        }
        List<TimelineDay> days = new ArrayList<>(timeline.days());
        long first = days.isEmpty() ? 0 : days.getFirst().date().toEpochDay();
        for (ActivationDecision decision : decisions.stream().sorted(RuleEngine.PRECEDENCE).toList()) {
            Optional<TimelineDay> day = timeline.day(decision.decidedOn());
            boolean acted = day.stream().flatMap(d -> d.events().stream())
                .anyMatch(e -> e instanceof PolicyEvent.ActivationDecided a && a.decision().equals(decision));
            if (day.isEmpty() || acted) {
                continue;
            }
            PolicyEvent event = switch (ActivationDecisions.check(timeline, decision.determinationDate(),
                decision.decidedOn())) {
                case DecisionCheck.Refused why -> new PolicyEvent.DecisionWithoutEffect(decision.decidedOn(), decision,
                    why);
                case DecisionCheck.Allowed allowed -> throw new IllegalStateException("decision " + decision
                    + " would act, but the engine did not act on it");
            };
            int index = (int) (decision.decidedOn().toEpochDay() - first);
            days.set(index, days.get(index).withEvent(event));
        }
        return new Timeline(timeline.definition(), days);
    }

    /**
     * Follows the runs of days with one effective state, to say since when the effective state holds: while an
     * override applies, since its first day; in a run that no override touched, since the rule's state began (which a
     * cancelled discontinuation does not reset); otherwise since the run began.
     */
    private static final class EffectiveRun {
        private final LocalDate startsOn;
        private PolicyStateKind kind;
        private LocalDate start;
        private boolean overridden;

        EffectiveRun(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        LocalDate since(LocalDate day, PolicyStateKind effective, PolicyState state, PolicyOverride override,
                        PolicyOverride yesterday) {
            if (effective != kind) {
                kind = effective;
                start = day;
                overridden = yesterday != null;
            }
            if (override != null) {
                overridden = true;
                return override.from().isBefore(startsOn) ? startsOn : override.from();
            }
            return overridden ? start : state.since();
        }
    }

    /** The override that applies on a day: of those covering it, the last recorded. */
    public static PolicyOverride applicable(List<PolicyOverride> overrides, LocalDate day) {
        PolicyOverride applicable = null;
        for (PolicyOverride override : overrides) {
            if (override.covers(day) && (applicable == null || PRECEDENCE.compare(override, applicable) > 0)) {
                applicable = override;
            }
        }
        return applicable;
    }

    private static Determination determination(LocalDate date, Finding found, PolicyState before,
                                               PolicyState after, PolicyVersion version, CountedSeries series,
                                               int newest) {
        RuleParameters p = version.parameters();
        Trigger trigger = p.triggers().get(found.trigger());
        boolean cancelling = before.kind() == PolicyStateKind.DISCONTINUATION_PENDING;
        Evidence evidence;
        LocalDate effectiveOn;
        if (found.type() == DeterminationType.LOW) {
            List<EvidenceWindow> windows = new ArrayList<>(p.consecutiveDays());
            for (int end = newest - p.consecutiveDays() + 1; end <= newest; end++) {
                windows.add(series.evidence(end, p.window()));
            }
            evidence = new Evidence(windows, trigger.releaseThreshold(), "<", trigger.name());
            effectiveOn = switch (after) {
                case DiscontinuationPending pending -> pending.effectiveOn();
                case Discontinued discontinued -> discontinued.since();
                case InEffect inEffect -> throw new IllegalStateException("a LOW determination left " + inEffect);
                case CapReached capReached -> throw new IllegalStateException("a LOW determination left "
                    + capReached);
            };
        } else {
            boolean onRelease = cancelling && p.cancelPendingOn() == CancellationThreshold.DISCONTINUATION_THRESHOLD;
            evidence = onRelease
                ? new Evidence(List.of(series.evidence(newest, p.window())), trigger.releaseThreshold(), ">=",
                    trigger.name())
                : new Evidence(List.of(series.evidence(newest, trigger.window())), trigger.threshold(), ">=",
                    trigger.name());
            effectiveOn = switch (after) {
                case InEffect inEffect -> cancelling ? date : inEffect.since();
                case Discontinued discontinued -> discontinued.reactivationDetermined()
                    ? discontinued.reactivationEffectiveOn() : date;
                case CapReached ignored -> date;
                case DiscontinuationPending pending ->
                    throw new IllegalStateException("a HIGH determination left " + pending);
            };
        }
        return new Determination(date, found.type(), effectiveOn, version.id(), version.citation(), evidence,
            found.capReached());
    }

    /**
     * The status "now" ({@code asOf}, usually the input's last day), with the projection.
     *
     * @param staleAfterDays the age beyond which the newest reported day makes the data stale
     */
    public static PolicyStatus status(EvaluationInput input, LocalDate asOf, int staleAfterDays) {
        PolicyDefinition definition = input.definition();
        CountedData data = CountedData.of(definition, input.data(), input.replacements(), definition.maxLookBack(),
            asOf);
        return Statuses.status(input, data, timeline(definition, data, input.overrides(), input.decisions(), asOf),
            asOf, staleAfterDays);
    }

    /** A timeline through the input's last day and the status on that day, from one count of the data. */
    public record Evaluation(Timeline timeline, PolicyStatus status) {
    }

    /** The timeline and the status "now" (the input's last day) together, counting the data once. */
    public static Evaluation evaluateWithStatus(EvaluationInput input, int staleAfterDays) {
        PolicyDefinition definition = input.definition();
        CountedData data = CountedData.of(definition, input.data(), input.replacements(), definition.maxLookBack(),
            input.through());
        Timeline timeline = timeline(definition, data, input.overrides(), input.decisions(), input.through());
        return new Evaluation(timeline, Statuses.status(input, data, timeline, input.through(), staleAfterDays));
    }
}
