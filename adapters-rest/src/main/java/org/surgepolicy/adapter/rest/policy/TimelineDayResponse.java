package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;

/** One day of a timeline. */
public record TimelineDayResponse(
    @Schema(description = "The day")
    LocalDate date,
    @Schema(description = "The day's counted encounters (the tallies the version in force counts), or null when the "
        + "day is missing: no tally at all, which is not zero")
    Long counted,
    @Schema(description = "The average of the window ending that day, four decimals, or null when the window has "
        + "missing days")
    BigDecimal average,
    @Schema(description = "The rule's state after the day's step")
    PolicyStateKind state,
    @Schema(description = "The day the rule's state began")
    LocalDate since,
    @Schema(description = "The state that applies: an override's while one does, otherwise the rule's")
    PolicyStateKind effectiveState,
    @Schema(description = "The day the effective state began: the override's first day while one applies")
    LocalDate effectiveSince,
    @Schema(description = "The policy version in force that day")
    String version,
    @Schema(description = "The run of consecutive windows below the discontinuation threshold, ending that day")
    int daysBelowDiscontinuationThreshold,
    @Schema(description = "The type of the determination made that day, or null when none is")
    DeterminationType determination,
    @Schema(description = "While a discontinuation is pending: its first day without the policy")
    LocalDate discontinuationEffectiveOn,
    @Schema(description = "After a HIGH determination while discontinued: the first day in effect again")
    LocalDate reactivationEffectiveOn,
    @Schema(description = "The override that sets the effective state that day, or null when none does")
    Long overrideId,
    @Schema(description = "That override's first day")
    LocalDate overrideFrom,
    @Schema(description = "That override's last day, or null when it has no end")
    LocalDate overrideTo,
    @Schema(description = "Why counted or average is null, with the missing days")
    Map<String, UnavailableResponse> unavailable) {
}
