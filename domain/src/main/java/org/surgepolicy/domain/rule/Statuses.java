package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;

/** The status "now" of policy.md section 5, from a timeline through today and the data it was computed from. */
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
            daysBelow = data.runsBelow(series, p.window(), p.discontinuationSum())[newest];
            why.explain("latestAverage", latest.average(), () -> incomplete(latest))
                .explain("latestWindow", latest.average(), () -> incomplete(latest));
            window = latest;
        }
        PolicyState state = day.state();
        Unavailable notPending = Unavailable.because(Reason.NOT_IN_THIS_STATE, "no discontinuation is pending: the"
            + " rule has the policy " + state.kind() + " since " + state.since());
        Unavailable notDiscontinued = Unavailable.because(Reason.NOT_IN_THIS_STATE, "the rule has the policy "
            + state.kind() + ": only a discontinued policy is reactivated");
        Projections.Outcome outcome = switch (state) {
            case InEffect ignored -> Projections.project(definition, data, state, dataThrough, asOf);
            case DiscontinuationPending pending -> {
                PolicyVersion determinedUnder = definition.versionOn(pending.determinedOn());
                yield new Projections.Outcome(Projection.scheduled(pending, determinedUnder.id(),
                    determinedUnder.parameters().discontinuationThreshold()), null);
            }
            case Discontinued discontinued -> new Projections.Outcome(null,
                Unavailable.because(Reason.DISCONTINUED, whatActivates(discontinued, version)));
        };
        Projection projection = outcome.projection();
        boolean discontinued = state.kind() == PolicyStateKind.DISCONTINUED;
        LocalDate scheduled = state.scheduledChange().orElse(null);
        why.explain("discontinuationEffectiveOn", discontinued ? null : scheduled, () -> notPending)
            .explain("reactivationEffectiveOn", discontinued ? scheduled : null, () -> discontinued
                ? Unavailable.because(Reason.NOT_IN_THIS_STATE, "no reactivation is determined: "
                    + outcome.unavailable().message())
                : notDiscontinued)
            .explain("earliestPossibleDiscontinuation", projection, outcome::unavailable)
            .explain("projection", projection, outcome::unavailable);
        why.explain("override", day.override(), () -> Unavailable.because(Reason.NO_OVERRIDE,
            "no override applies on " + asOf));
        EffectiveChange change = EffectiveChanges.earliest(definition, state, projection, input.overrides(), asOf,
            day.effectiveState());
        why.explain("earliestEffectiveChange", change, () -> EffectiveChanges.none(definition, state, projection,
            day.override(), version, why));
        return new PolicyStatus(definition.id(), state, day.effectiveState(), day.effectiveSince(), version.id(),
            asOf, freshness, window, daysBelow, p.consecutiveDays(), projection, change, day.override(),
            why.reasons());
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
            "earliestPossibleDiscontinuation", "projection", "earliestEffectiveChange", "override")) {
            why.explain(name, null, () -> outside);
        }
        return new PolicyStatus(definition.id(), null, null, null, version.id(), asOf, freshness, null, 0,
            version.parameters().consecutiveDays(), null, null, null, why.reasons());
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
    static String whatActivates(Discontinued discontinued, PolicyVersion version) {
        if (discontinued.reactivationDetermined()) {
            return "a reactivation is determined: in effect again from " + discontinued.reactivationEffectiveOn();
        }
        RuleParameters p = version.parameters();
        return "discontinued since " + discontinued.since() + "; it would be in effect again " + p.activationDelay()
            + (p.activationDelay() == 1 ? " day" : " days") + " after a HIGH determination, which needs a "
            + p.window() + "-day average of at least " + number(p.activationThreshold()) + " (a window summing at least "
            + number(p.activationSum()) + ") under " + version.id();
    }

    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
