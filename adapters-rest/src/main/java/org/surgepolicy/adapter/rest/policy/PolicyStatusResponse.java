package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;
import org.surgepolicy.adapter.rest.override.OverrideResponse;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * A policy's status today (or as known at an instant). The rule's state comes with its own {@code since}, the
 * effective state (an override's while one applies) with {@code effectiveSince}. Every null value has its reason in
 * {@code unavailable}, under the value's name.
 *
 * @param dataThrough             the newest reported day
 * @param dataAgeDays             the days from {@code dataThrough} to {@code asOf}
 * @param stale                   whether no day is reported or the newest is more than {@code staleAfterDays} old
 * @param latestWindow            the window behind {@code latestAverage} (the one ending on {@code dataThrough}), with
 *                                its exact sum and days
 * @param latestWindowComplete    whether every day of that window is reported
 * @param latestWindowMissingDays the days of that window without any tally
 * @param projection              what {@code earliestPossibleDiscontinuation} rests on: the determination, the version
 *                                and the days assumed reported below the threshold
 * @param earliestEffectiveChange the earliest day the effective state could start or stop applying, counting the
 *                                override's end and the rule's projection
 * @param knownAt                 the instant the answer was computed as of, or null for all the data
 */
public record PolicyStatusResponse(String policyId, PolicyStateKind state, LocalDate since,
                                   PolicyStateKind effectiveState, LocalDate effectiveSince, String version,
                                   LocalDate asOf, LocalDate dataThrough, Integer dataAgeDays, boolean stale,
                                   int staleAfterDays, BigDecimal latestAverage, AverageWindowResponse latestWindow,
                                   boolean latestWindowComplete, List<LocalDate> latestWindowMissingDays,
                                   int daysBelowDiscontinuationThreshold, int requiredDaysBelow,
                                   LocalDate discontinuationEffectiveOn, LocalDate reactivationEffectiveOn,
                                   LocalDate earliestPossibleDiscontinuation, ProjectionResponse projection,
                                   EffectiveChangeResponse earliestEffectiveChange, OverrideResponse override,
                                   Map<String, UnavailableResponse> unavailable, Instant knownAt) {
}
