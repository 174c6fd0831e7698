package org.surgepolicy.adapter.rest.comparison;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;

/** One policy's day in a comparison, as its timeline gives it. */
public record PolicyDayResponse(
    @Schema(description = "The policy's id", example = "securing-the-border")
    String policyId,
    @Schema(description = "'in-force' or 'proposed', repeated on every day of the policy", example = "in-force")
    String status,
    @Schema(description = "The day's total as this policy counts it, or null when the day is missing (or the policy "
        + "has no state that day)", example = "5000")
    Long counted,
    @Schema(description = "The average of the window ending that day, four decimals, or null when the window has "
        + "missing days", example = "4142.8571")
    BigDecimal average,
    @Schema(description = "The rule's state after the day's step, or null before the policy's first day or after its "
        + "last")
    PolicyStateKind state,
    @Schema(description = "The state that applies: an override's while one does, otherwise the rule's; the states "
        + "compared")
    PolicyStateKind effectiveState,
    @Schema(description = "The type of the determination made that day, or null when none is")
    DeterminationType determination,
    @Schema(description = "The trigger of that determination, for a policy whose triggers have names, or null",
        example = "MANDATORY_AVERAGE")
    String trigger) {
}
