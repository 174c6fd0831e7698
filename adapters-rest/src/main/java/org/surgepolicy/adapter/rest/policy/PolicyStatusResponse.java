package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.surgepolicy.adapter.rest.override.OverrideResponse;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * A policy's status today (or as known at an instant).
 *
 * @param latestWindow the window behind {@code latestAverage}, with its exact sum and days
 * @param knownAt      the instant the answer was computed as of, or null for all the data
 */
public record PolicyStatusResponse(String policyId, PolicyStateKind state, PolicyStateKind effectiveState,
                                   LocalDate since, String version, LocalDate asOf, LocalDate dataThrough,
                                   BigDecimal latestAverage, AverageWindowResponse latestWindow,
                                   int daysBelowDiscontinuationThreshold, int requiredDaysBelow,
                                   LocalDate discontinuationEffectiveOn, LocalDate reactivationEffectiveOn,
                                   LocalDate earliestPossibleDiscontinuation, OverrideResponse override,
                                   Instant knownAt) {
}
