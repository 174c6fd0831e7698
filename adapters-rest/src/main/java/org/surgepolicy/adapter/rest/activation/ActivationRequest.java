package org.surgepolicy.adapter.rest.activation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An activation decision to record: the discretionary determination it cites, why, and on whose authority. */
public record ActivationRequest(
    @Schema(description = "The date of the discretionary determination the decision cites (YYYY-MM-DD); the"
        + " discretionary condition must have stood on every day from it to today", example = "2024-07-08",
        requiredMode = Schema.RequiredMode.REQUIRED)
    @NotNull LocalDate determinationDate,
    @Schema(description = "Why the policy is activated", example = "Encounters sustained above 4,000 a day",
        maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank @Size(max = 2000) String reason,
    @Schema(description = "On whose authority: the official who decided it", example = "Secretary of Homeland"
        + " Security", maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank @Size(max = 500) String authority) {
}
