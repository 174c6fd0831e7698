package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;

/** Evaluation as a pure function: definition, daily counts and overrides in; a timeline with its evidence out. */
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
        return timeline(definition, data, input.overrides(), input.through());
    }

    /** The timeline over data already counted (the data must cover the definition's look-back). */
    public static Timeline timeline(PolicyDefinition definition, CountedData data, List<PolicyOverride> overrides,
                                    LocalDate through) {
        List<TimelineDay> days = new ArrayList<>();
        List<PolicyVersion> versions = definition.versions();
        PolicyState[] previous = {PolicyState.initial(definition.initialState(), definition.startsOn())};
        PolicyOverride[] previousOverride = {null};
        EffectiveRun run = new EffectiveRun(definition.startsOn());
        RuleEngine.run(definition, data, through, (epochDay, v, afterChanges, determined, state) -> {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            PolicyVersion version = versions.get(v);
            RuleParameters p = version.parameters();
            CountedSeries series = data.series(version.countingRule());
            int index = series.index(date);
            List<PolicyEvent> events = new ArrayList<>(2);
            // By value: the engine starts from its own instance of the initial state.
            if (!afterChanges.equals(previous[0])) {
                events.add(afterChanges.kind() == PolicyStateKind.DISCONTINUED
                    ? new PolicyEvent.DiscontinuationTookEffect(date)
                    : new PolicyEvent.ReactivationTookEffect(date));
            }
            Determination determination = null;
            if (determined != null) {
                determination = determination(date, determined, afterChanges, state, version, series,
                    index - p.determinationLag());
                events.add(new PolicyEvent.DeterminationMade(date, determination));
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
                data.runsBelow(series, p.window(), p.discontinuationSum())[index], determination, events,
                series.missingDays(index, p.window())));
            previous[0] = state;
            previousOverride[0] = override;
        });
        return new Timeline(definition, days);
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

    private static Determination determination(LocalDate date, DeterminationType type, PolicyState before,
                                               PolicyState after, PolicyVersion version, CountedSeries series,
                                               int newest) {
        RuleParameters p = version.parameters();
        Evidence evidence;
        LocalDate effectiveOn;
        if (type == DeterminationType.LOW) {
            List<EvidenceWindow> windows = new ArrayList<>(p.consecutiveDays());
            for (int end = newest - p.consecutiveDays() + 1; end <= newest; end++) {
                windows.add(series.evidence(end, p.window()));
            }
            evidence = new Evidence(windows, p.discontinuationThreshold(), "<");
            effectiveOn = switch (after) {
                case DiscontinuationPending pending -> pending.effectiveOn();
                case Discontinued discontinued -> discontinued.since();
                case InEffect inEffect -> throw new IllegalStateException("a LOW determination left " + inEffect);
            };
        } else {
            long threshold = before instanceof DiscontinuationPending
                ? p.cancellationThreshold() : p.activationThreshold();
            evidence = new Evidence(List.of(series.evidence(newest, p.window())), threshold, ">=");
            effectiveOn = switch (after) {
                case InEffect inEffect -> before instanceof DiscontinuationPending ? date : inEffect.since();
                case Discontinued discontinued -> discontinued.reactivationEffectiveOn();
                case DiscontinuationPending pending ->
                    throw new IllegalStateException("a HIGH determination left " + pending);
            };
        }
        return new Determination(date, type, effectiveOn, version.id(), version.citation(), evidence);
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
        return Statuses.status(input, data, timeline(definition, data, input.overrides(), asOf), asOf,
            staleAfterDays);
    }

    /** A timeline through the input's last day and the status on that day, from one count of the data. */
    public record Evaluation(Timeline timeline, PolicyStatus status) {
    }

    /** The timeline and the status "now" (the input's last day) together, counting the data once. */
    public static Evaluation evaluateWithStatus(EvaluationInput input, int staleAfterDays) {
        PolicyDefinition definition = input.definition();
        CountedData data = CountedData.of(definition, input.data(), input.replacements(), definition.maxLookBack(),
            input.through());
        Timeline timeline = timeline(definition, data, input.overrides(), input.through());
        return new Evaluation(timeline, Statuses.status(input, data, timeline, input.through(), staleAfterDays));
    }
}
