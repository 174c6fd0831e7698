package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * A policy's status "now" (docs/rule.md, on what "now" says): the rule's state and the effective one, each with since
 * when, how old and how complete the data is, the run below the threshold, the projection, the use of the cap on days
 * in effect, and the effective state's earliest change. A value that cannot be given is null, and {@link
 * #unavailable()} says why under the value's name.
 *
 * @param state                   the rule's state today, or null before the policy starts or after it ends
 * @param effectiveSince          the day the effective state began: the override's first day while one applies
 * @param freshness               the newest reported day and its age
 * @param latestWindow            the window ending on the newest reported day, or null when there is none to count
 * @param daysBelow               the consecutive days ending on the newest reported day with an average below L (the
 *                                release threshold of the trigger that activated the policy, while it is in effect)
 * @param requiredDaysBelow       how many such days a LOW determination needs (S)
 * @param projection              the scheduled or earliest possible discontinuation by the rule, or null
 * @param earliestEffectiveChange the earliest day the effective state could start or stop applying, or null
 * @param override                the override that applies today, or null
 * @param cap                     the use of today's period of the cap on days in effect, or null when the policy has
 *                                no cap (or no state today)
 * @param capEndsOn               the first day without the policy by its cap if it stays in effect until then, or
 *                                null when it is not in effect or no cap is used up before it ends
 * @param unavailable             why each null value is null, by its name in the answer
 */
public record PolicyStatus(String policyId, PolicyState state, PolicyStateKind effectiveState,
                           LocalDate effectiveSince, String versionId, LocalDate asOf, Freshness freshness,
                           LatestWindow latestWindow, int daysBelow, int requiredDaysBelow, Projection projection,
                           EffectiveChange earliestEffectiveChange, PolicyOverride override, CapUsage cap,
                           LocalDate capEndsOn, Map<String, Unavailable> unavailable) {

    public PolicyStatus {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(freshness, "freshness");
        PolicyState rule = state;
        WindowAverage average = latestWindow == null ? null : latestWindow.average();
        unavailable = Explanations.checked(unavailable,
            "state", rule, "since", rule == null ? null : rule.since(), "effectiveState", effectiveState,
            "effectiveSince", effectiveSince, "dataThrough", freshness.dataThrough(),
            "dataAgeDays", freshness.ageDays(), "latestAverage", average, "latestWindow", average,
            "latestWindowMissingDays", latestWindow, "discontinuationEffectiveOn", pendingEnd(rule),
            "reactivationEffectiveOn", reactivation(rule),
            "earliestPossibleDiscontinuation", earlier(projection, capEndsOn), "projection", projection,
            "earliestEffectiveChange", earliestEffectiveChange, "override", override, "capDaysUsed", cap,
            "capDaysLeft", cap, "capEndsOn", capEndsOn);
    }

    /** The day the rule's current state began, or null when there is no state. */
    public LocalDate since() {
        return state == null ? null : state.since();
    }

    /** The newest reported day on or before {@link #asOf()}, or null when no day is reported. */
    public LocalDate dataThrough() {
        return freshness.dataThrough();
    }

    /** Whether no day is reported or the newest is older than the configured number of days. */
    public boolean stale() {
        return freshness.stale();
    }

    /** The average of the window ending on the newest reported day, or null when it is undefined. */
    public WindowAverage latestAverage() {
        return latestWindow == null ? null : latestWindow.average();
    }

    /** The scheduled end, while a discontinuation is pending. */
    public LocalDate discontinuationEffectiveOn() {
        return pendingEnd(state);
    }

    /** The scheduled reactivation, once one is determined. */
    public LocalDate reactivationEffectiveOn() {
        return reactivation(state);
    }

    /**
     * The scheduled end, or, in effect, the earliest day the rule could end the policy if every coming day stays
     * below the threshold, or the day its cap ends it if that comes first; null when discontinued, or when no end is
     * possible within the policy's days.
     */
    public LocalDate earliestPossibleDiscontinuation() {
        return earlier(projection, capEndsOn);
    }

    /** The days in effect of today's period of the cap so far, or null without a cap. */
    public Integer capDaysUsed() {
        return cap == null ? null : cap.used();
    }

    /** The days in effect today's period of the cap still allows, or null without a cap. */
    public Integer capDaysLeft() {
        return cap == null ? null : cap.left();
    }

    private static LocalDate earlier(Projection projection, LocalDate capEndsOn) {
        LocalDate release = projection == null ? null : projection.discontinuationOn();
        if (release == null || capEndsOn == null) {
            return release == null ? capEndsOn : release;
        }
        return capEndsOn.isBefore(release) ? capEndsOn : release;
    }

    private static LocalDate pendingEnd(PolicyState state) {
        return switch (state) {
            case null -> null;
            case DiscontinuationPending pending -> pending.effectiveOn();
            case InEffect ignored -> null;
            case Discontinued ignored -> null;
            case CapReached ignored -> null;
        };
    }

    private static LocalDate reactivation(PolicyState state) {
        return switch (state) {
            case null -> null;
            case Discontinued discontinued -> discontinued.reactivationEffectiveOn();
            case InEffect ignored -> null;
            case DiscontinuationPending ignored -> null;
            case CapReached ignored -> null;
        };
    }
}
