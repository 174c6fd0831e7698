package org.surgepolicy.adapter.rest.comparison;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The policies side by side, day by day, on the same data. */
public record ComparisonResponse(
    @Schema(description = "The first day compared", example = "2024-06-05")
    LocalDate from,
    @Schema(description = "The last day compared", example = "2024-06-20")
    LocalDate to,
    @Schema(description = "The instant the answer is as known at, or null for the data as it is now")
    Instant knownAt,
    @Schema(description = "The policies compared, in the order asked, each with whether it is in force or proposed")
    List<ComparedPolicyResponse> policies,
    @Schema(description = "Each day of the range, oldest first, with each policy's day in the order of 'policies'")
    List<ComparisonDayResponse> days,
    @Schema(description = "The days on which the policies' effective states differ, oldest first",
        example = "[\"2024-06-05\", \"2024-06-06\"]")
    List<LocalDate> differingDays) {
}
