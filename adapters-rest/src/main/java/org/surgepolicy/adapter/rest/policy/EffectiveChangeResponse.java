package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.surgepolicy.domain.rule.EffectiveChange;

/** The earliest day the effective state could start or stop applying. */
public record EffectiveChangeResponse(
    @Schema(description = "The first day of the new effective state")
    LocalDate on,
    @Schema(description = "What changes it: the rule, an override starting or ending, or the policy's end")
    EffectiveChange.Cause cause,
    @Schema(description = "The same in a sentence")
    String description) {
}
