package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;

/**
 * A policy's status "now".
 *
 * @param state                          the rule's state today, or null before the policy starts or after it ends
 * @param dataThrough                    the newest reported day, or null when there is no data
 * @param latestAverage                  the average of the window ending {@code dataThrough}, if defined
 * @param daysBelow                      the consecutive days ending {@code dataThrough} with an average below L
 * @param requiredDaysBelow              how many such days a LOW determination needs (S)
 * @param discontinuationEffectiveOn     the scheduled end, while a discontinuation is pending
 * @param reactivationEffectiveOn        the scheduled reactivation, once one is determined
 * @param earliestPossibleDiscontinuation the scheduled end, or, in effect, the earliest day it could end if every
 *                                       coming day stays below the threshold (null when it cannot within the
 *                                       policy's days)
 * @param override                       the override that applies today, or null
 */
public record PolicyStatus(String policyId, PolicyState state, PolicyStateKind effectiveState, String versionId,
                           LocalDate asOf, LocalDate dataThrough, WindowAverage latestAverage, int daysBelow,
                           int requiredDaysBelow, LocalDate discontinuationEffectiveOn,
                           LocalDate reactivationEffectiveOn, LocalDate earliestPossibleDiscontinuation,
                           PolicyOverride override) {

    /** The status on a day without a state: before the policy starts or after it ends. */
    static PolicyStatus withoutState(PolicyDefinition definition, PolicyVersion version, LocalDate asOf) {
        return new PolicyStatus(definition.id(), null, null, version.id(), asOf, null, null, 0,
            version.parameters().consecutiveDays(), null, null, null, null);
    }

    /** The day the current state began, or null when there is no state. */
    public LocalDate since() {
        return state == null ? null : state.since();
    }
}
