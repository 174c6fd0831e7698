package org.surgepolicy.adapter.rest.comparison;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** One day of a comparison. */
public record ComparisonDayResponse(
    @Schema(description = "The day", example = "2024-06-10")
    LocalDate date,
    @Schema(description = "Whether the policies' effective states differ that day")
    boolean differ,
    @Schema(description = "Each policy's day, in the order of the comparison's policies")
    List<PolicyDayResponse> policies) {
}
