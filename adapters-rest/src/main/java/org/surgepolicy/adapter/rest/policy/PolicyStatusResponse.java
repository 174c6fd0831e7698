package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
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
 */
public record PolicyStatusResponse(
    @Schema(description = "The policy's id")
    String policyId,
    @Schema(description = "The rule's state on asOf, whatever an override says")
    PolicyStateKind state,
    @Schema(description = "The day the rule's state began (a cancelled discontinuation does not reset it)")
    LocalDate since,
    @Schema(description = "The state that applies on asOf: an override's while one applies, otherwise the rule's")
    PolicyStateKind effectiveState,
    @Schema(description = "The day the effective state began: an override's first day while one applies")
    LocalDate effectiveSince,
    @Schema(description = "The policy version in force on asOf")
    String version,
    @Schema(description = "The day answered for: today in the policy's time zone, or the day of knownAt")
    LocalDate asOf,
    @Schema(description = "The newest reported day (a day with at least one tally)")
    LocalDate dataThrough,
    @Schema(description = "The days from dataThrough to asOf (0: asOf itself is reported)")
    Integer dataAgeDays,
    @Schema(description = "Whether no day is reported or the newest is more than staleAfterDays old")
    boolean stale,
    @Schema(description = "How old the newest reported day may be before the data is stale "
        + "(surge.data.stale-after-days)")
    int staleAfterDays,
    @Schema(description = "The average of the window ending on dataThrough, with four decimals; null when that "
        + "window has missing days")
    BigDecimal latestAverage,
    @Schema(description = "The window behind latestAverage (the one ending on dataThrough), with its exact sum and "
        + "days")
    AverageWindowResponse latestWindow,
    @Schema(description = "Whether every day of that window is reported")
    boolean latestWindowComplete,
    @Schema(description = "The days of that window without any tally")
    List<LocalDate> latestWindowMissingDays,
    @Schema(description = "The run of consecutive windows below the discontinuation threshold, ending on dataThrough")
    int daysBelowDiscontinuationThreshold,
    @Schema(description = "How long that run must be for a LOW determination, under the version in force")
    int requiredDaysBelow,
    @Schema(description = "While a discontinuation is pending: the first day without the policy")
    LocalDate discontinuationEffectiveOn,
    @Schema(description = "After a HIGH determination while discontinued: the first day the policy is in effect "
        + "again")
    LocalDate reactivationEffectiveOn,
    @Schema(description = "The earliest day the rule could discontinue the policy: the scheduled day while pending, "
        + "or, in effect, the day if every day after dataThrough is reported below the threshold")
    LocalDate earliestPossibleDiscontinuation,
    @Schema(description = "What earliestPossibleDiscontinuation rests on: the determination's day, the version and "
        + "the days assumed reported below the threshold")
    ProjectionResponse projection,
    @Schema(description = "The earliest day the effective state could start or stop applying, counting an "
        + "override's start and end as well as the rule's projection")
    EffectiveChangeResponse earliestEffectiveChange,
    @Schema(description = "The override that applies on asOf")
    OverrideResponse override,
    @Schema(description = "For every value of this status that is null, under its name: why (reason, message, and "
        + "the missing days where they are the reason)")
    Map<String, UnavailableResponse> unavailable,
    @Schema(description = "The instant the answer was computed as of, or null for all the data")
    Instant knownAt) {
}
