package org.surgepolicy.adapter.rest.comparison;

import io.swagger.v3.oas.annotations.media.Schema;

/** A policy compared, and whether it is the rule in force or only a proposal. */
public record ComparedPolicyResponse(
    @Schema(description = "The policy's id", example = "border-emergency-authority")
    String policyId,
    @Schema(description = "The policy's title", example = "Border Emergency Authority")
    String title,
    @Schema(description = "'in-force' for a rule that is law, 'proposed' for one that never became law: what it "
        + "would have decided", example = "proposed", allowableValues = {"in-force", "proposed"})
    String status) {
}
