package org.surgepolicy.adapter.rest.override;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** An override to record: a forced state over a range of days, with why and on whose authority. */
public record OverrideRequest(
    @Schema(description = "The state forced on the policy while the override applies", example = "IN_EFFECT",
        allowableValues = {"IN_EFFECT", "DISCONTINUED"}, requiredMode = Schema.RequiredMode.REQUIRED)
    @NotNull PolicyStateKind state,
    @Schema(description = "The first day it applies (YYYY-MM-DD), not before the policy starts",
        example = "2026-12-01", requiredMode = Schema.RequiredMode.REQUIRED)
    @NotNull LocalDate from,
    @Schema(description = "The last day it applies (YYYY-MM-DD), not before 'from'; absent or null: it has no end",
        example = "2026-12-31")
    LocalDate to,
    @Schema(description = "Why the state is forced", example = "Preliminary injunction", maxLength = 2000,
        requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank @Size(max = 2000) String reason,
    @Schema(description = "On whose authority: the court, order or official that decided it",
        example = "U.S. District Court", maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank @Size(max = 500) String authority) {
}
