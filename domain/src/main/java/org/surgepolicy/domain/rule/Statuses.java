package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;

/**
 * The status "now" of docs/rule.md, on what "now" says, from a timeline through today and the data it was computed
 * from.
 */
final class Statuses {

    private Statuses() {
    }

    static PolicyStatus status(EvaluationInput input, CountedData data, Timeline timeline, LocalDate asOf,
                               int staleAfterDays) {
        PolicyDefinition definition = input.definition();
        Freshness freshness = Freshness.of(input.dataThrough(), asOf, staleAfterDays);
        if (definition.end().filter(asOf::isAfter).isPresent()) {
            return withoutState(definition, definition.versionOn(asOf), asOf, freshness,
                "policy " + definition.id() + " ended on " + definition.endsOn());
        }
        if (timeline.last().isEmpty()) {
            return withoutState(definition, definition.versions().getFirst(), asOf, freshness,
                "policy " + definition.id() + " starts on " + definition.startsOn());
        }
        TimelineDay day = timeline.last().get();
        PolicyVersion version = definition.versionOn(day.date());
        RuleParameters p = version.parameters();
        CountedSeries series = data.series(version.countingRule());
        LocalDate dataThrough = freshness.dataThrough();
        PolicyState state = day.state();
        Explanations why = new Explanations();
        LatestWindow window = null;
        int daysBelow = 0;
        if (dataThrough == null) {
            Unavailable none = Unavailable.because(Reason.NO_DATA, "no day is reported on or before " + asOf);
            why.explain("dataThrough", null, () -> none).explain("dataAgeDays", null, () -> none)
                .explain("latestAverage", null, () -> none).explain("latestWindow", null, () -> none)
                .explain("latestWindowMissingDays", null, () -> none);
        } else if (dataThrough.minusDays(p.window() - 1L).isBefore(data.origin())) {
            Unavailable old = Unavailable.because(Reason.BEFORE_LOOK_BACK, "the window ending on the newest reported"
                + " day, " + dataThrough + ", reaches before " + data.origin() + ", the first day policy "
                + definition.id() + " looks at");
            why.explain("latestAverage", null, () -> old).explain("latestWindow", null, () -> old)
                .explain("latestWindowMissingDays", null, () -> old);
        } else {
            int newest = series.index(dataThrough);
            LatestWindow latest = LatestWindow.of(series, newest, p.window());
            daysBelow = data.runsBelow(series, p.window(), p.releaseSum(state.releasedAs()))[newest];
            why.explain("latestAverage", latest.average(), () -> incomplete(latest))
                .explain("latestWindow", latest.average(), () -> incomplete(latest));
            window = latest;
        }
        Unavailable notPending = Unavailable.because(Reason.NOT_IN_THIS_STATE, "no discontinuation is pending: the"
            + " rule has the policy " + state.kind() + " since " + state.since());
        Unavailable notDiscontinued = Unavailable.because(Reason.NOT_IN_THIS_STATE, "the rule has the policy "
            + state.kind() + ": only a discontinued policy is reactivated");
        Projections.Outcome outcome = switch (state) {
            case InEffect ignored -> Projections.project(definition.withoutCap(), data, state, dataThrough, asOf);
            case DiscontinuationPending pending -> {
                PolicyVersion determinedUnder = definition.versionOn(pending.determinedOn());
                yield new Projections.Outcome(Projection.scheduled(pending, determinedUnder.id(),
                    determinedUnder.parameters().trigger(pending.activatedBy()).releaseThreshold()), null);
            }
            case Discontinued ignored -> new Projections.Outcome(null,
                Unavailable.because(Reason.DISCONTINUED, whatActivates(state, version)));
            case CapReached ignored -> new Projections.Outcome(null,
                Unavailable.because(Reason.DISCONTINUED, whatActivates(state, version)));
        };
        Projection projection = outcome.projection();
        CapUsage cap = day.cap();
        LocalDate capEndsOn = cap == null || !state.kind().inEffect() ? null : CapPeriods.of(definition)
            .endIfInEffect(asOf.toEpochDay(), cap.used(), definition.lastDay(LocalDate.MAX).toEpochDay());
        EffectiveChanges.CapEnd capEnd = capEndsOn == null ? null
            : new EffectiveChanges.CapEnd(capEndsOn, capEndDescription(definition, capEndsOn));
        boolean discontinued = state.kind() == PolicyStateKind.DISCONTINUED;
        LocalDate scheduled = state.scheduledChange().orElse(null);
        why.explain("discontinuationEffectiveOn", discontinued ? null : scheduled, () -> notPending)
            .explain("reactivationEffectiveOn", discontinued ? scheduled : null, () -> discontinued
                ? Unavailable.because(Reason.NOT_IN_THIS_STATE, "no reactivation is determined: "
                    + outcome.unavailable().message())
                : notDiscontinued)
            .explain("earliestPossibleDiscontinuation", projection == null ? capEndsOn : projection,
                outcome::unavailable)
            .explain("projection", projection, outcome::unavailable);
        why.explain("override", day.override(), () -> Unavailable.because(Reason.NO_OVERRIDE,
            "no override applies on " + asOf));
        explainCap(why, definition, state, cap, capEndsOn);
        EffectiveChange change = EffectiveChanges.earliest(definition, state, projection, capEnd, input.overrides(),
            asOf, day.effectiveState());
        why.explain("earliestEffectiveChange", change, () -> EffectiveChanges.none(definition, state, projection,
            capEnd, day.override(), version, why));
        return new PolicyStatus(definition.id(), state, day.effectiveState(), day.effectiveSince(), version.id(),
            asOf, freshness, window, daysBelow, p.consecutiveDays(), projection, change, day.override(), cap,
            capEndsOn, why.reasons());
    }

    private static void explainCap(Explanations why, PolicyDefinition definition, PolicyState state, CapUsage cap,
                                   LocalDate capEndsOn) {
        if (cap == null) {
            Unavailable noCap = Unavailable.because(Reason.NO_CAP, "policy " + definition.id() + " has no cap on its"
                + " days in effect");
            why.explain("capDaysUsed", null, () -> noCap).explain("capDaysLeft", null, () -> noCap)
                .explain("capEndsOn", null, () -> noCap);
            return;
        }
        why.explain("capEndsOn", capEndsOn, () -> state.kind().inEffect()
            ? Unavailable.because(Reason.NO_CHANGE_IN_VIEW, "if it stays in effect, policy " + definition.id()
                + " uses up no period's cap before it ends" + definition.end().map(end -> " on " + end).orElse(""))
            : Unavailable.because(Reason.NOT_IN_THIS_STATE, "the rule has the policy " + state.kind()
                + ": the cap ends only a policy in effect"));
    }

    /** The cap's end in words: the day it is used up, and the first day an activation is possible again. */
    private static String capEndDescription(PolicyDefinition definition, LocalDate capEndsOn) {
        CapPeriods periods = CapPeriods.of(definition);
        int period = periods.period(capEndsOn.toEpochDay());
        return "If it stays in effect, policy " + definition.id() + " uses up its cap of "
            + number(periods.limit(period)) + " days in effect for the period from "
            + LocalDate.ofEpochDay(periods.start(period)) + " to " + LocalDate.ofEpochDay(periods.end(period)) + " on "
            + capEndsOn.minusDays(1) + ": it ends at the end of that day and cannot be activated again before "
            + LocalDate.ofEpochDay(periods.end(period) + 1) + ".";
    }

    /** The status on a day without a state: before the policy starts or after it ends. */
    private static PolicyStatus withoutState(PolicyDefinition definition, PolicyVersion version, LocalDate asOf,
                                             Freshness freshness, String because) {
        Unavailable outside = Unavailable.because(Reason.NOT_IN_FORCE, "no state on " + asOf + ": " + because);
        Unavailable noData = Unavailable.because(Reason.NO_DATA, "no day is reported on or before " + asOf);
        Explanations why = new Explanations()
            .explain("dataThrough", freshness.dataThrough(), () -> noData)
            .explain("dataAgeDays", freshness.ageDays(), () -> noData);
        for (String name : List.of("state", "since", "effectiveState", "effectiveSince", "latestAverage",
            "latestWindow", "latestWindowMissingDays", "discontinuationEffectiveOn", "reactivationEffectiveOn",
            "earliestPossibleDiscontinuation", "projection", "earliestEffectiveChange", "override", "capDaysUsed",
            "capDaysLeft", "capEndsOn")) {
            why.explain(name, null, () -> outside);
        }
        return new PolicyStatus(definition.id(), null, null, null, version.id(), asOf, freshness, null, 0,
            version.parameters().consecutiveDays(), null, null, null, null, null, why.reasons());
    }

    private static Unavailable incomplete(LatestWindow window) {
        int missing = window.missingDays().size();
        int days = Math.toIntExact(window.to().toEpochDay() - window.from().toEpochDay() + 1);
        return new Unavailable(Reason.WINDOW_INCOMPLETE, "the window from " + window.from() + " to " + window.to()
            + " lacks " + missing + " of its " + days + " days (" + DayRanges.of(window.missingDays())
            + "): a missing day is not zero, so the window has no average and breaks the run below the threshold",
            window.missingDays());
    }

    /** What would put a discontinued policy in effect again, in words. */
    static String whatActivates(PolicyState state, PolicyVersion version) {
        return switch (state) {
            case Discontinued discontinued when discontinued.reactivationDetermined() ->
                "a reactivation is determined: in effect again from " + discontinued.reactivationEffectiveOn();
            case Discontinued discontinued -> "discontinued since " + discontinued.since() + "; "
                + activations(version);
            case CapReached capReached -> "discontinued since " + capReached.since() + ", the period's cap on days in"
                + " effect being used up: no activation is possible before " + capReached.availableFrom()
                + "; from then, " + activations(version);
            case InEffect inEffect -> throw new IllegalArgumentException("in effect, not discontinued: " + inEffect);
            case DiscontinuationPending pending ->
                throw new IllegalArgumentException("in effect, not discontinued: " + pending);
        };
    }

    /** The conditions that would activate a policy under a version, in words. */
    private static String activations(PolicyVersion version) {
        RuleParameters p = version.parameters();
        String after = p.activationDelay() + (p.activationDelay() == 1 ? " day" : " days");
        if (p.simple()) {
            return "it would be in effect again " + after + " after a HIGH determination, which needs a " + p.window()
                + "-day average of at least " + number(p.activationThreshold()) + " (a window summing at least "
                + number(p.activationSum()) + ") under " + version.id();
        }
        List<String> mandatory = new ArrayList<>();
        List<String> discretionary = new ArrayList<>();
        for (Trigger trigger : p.triggers()) {
            (trigger.kind().activates() ? mandatory : discretionary).add(trigger.name() + ", "
                + condition(trigger));
        }
        String text = "it would be in effect again " + after + " after a HIGH determination by a mandatory trigger ("
            + (mandatory.isEmpty() ? "none" : String.join("; or ", mandatory)) + ")";
        if (!discretionary.isEmpty()) {
            text += ", or " + after + " after an activation decision made on a day a discretionary trigger's finding"
                + " stands (" + String.join("; or ", discretionary) + ")";
        }
        return text + ", under " + version.id();
    }

    private static String condition(Trigger trigger) {
        return trigger.window() == 1 ? "a day of at least " + number(trigger.threshold())
            : "a " + trigger.window() + "-day average of at least " + number(trigger.threshold()) + " (a window summing at"
                + " least " + number(trigger.thresholdSum()) + ")";
    }

    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
