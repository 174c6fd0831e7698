package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** A day's hypothetical counted total. */
public record DailyCountRequest(
    @Schema(description = "The day (YYYY-MM-DD)", example = "2025-01-20", requiredMode = Schema.RequiredMode.REQUIRED)
    @NotNull LocalDate date,
    @Schema(description = "The day's counted total; at most a billion, so that every window's sum stays exact",
        example = "2600", minimum = "0", maximum = "1000000000", requiredMode = Schema.RequiredMode.REQUIRED)
    @NotNull @PositiveOrZero @Max(1_000_000_000L) Long count) {
}
