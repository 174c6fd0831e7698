package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;

/** The earliest day the rule could discontinue the policy, and what it rests on. */
public record ProjectionResponse(
    @Schema(description = "The LOW determination's day: made already when scheduled, else the first day from "
        + "tomorrow on which one could be made")
    LocalDate determinationOn,
    @Schema(description = "The first day without the policy")
    LocalDate discontinuationOn,
    @Schema(description = "The version in force on determinationOn")
    String version,
    @Schema(description = "That version's discontinuation threshold (a 7-day average below it counts)")
    long threshold,
    @Schema(description = "Whether the discontinuation is already determined (pending) rather than projected")
    boolean scheduled,
    @Schema(description = "The first day assumed reported below the threshold")
    LocalDate assumedFrom,
    @Schema(description = "The last day assumed: the newest day the determination looks at")
    LocalDate assumedThrough,
    @Schema(description = "How many days are assumed")
    int assumedDays,
    @Schema(description = "The projection in a sentence")
    String description,
    @Schema(description = "Why assumedFrom, assumedThrough or assumedDays is null (nothing assumed)")
    Map<String, UnavailableResponse> unavailable) {
}
