package org.surgepolicy.adapter.rest.activation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded activation decision. */
public record ActivationResponse(
    @Schema(description = "The decision's id", example = "1")
    long id,
    @Schema(description = "The date of the discretionary determination it cites", example = "2024-07-08")
    LocalDate determinationDate,
    @Schema(description = "The day it was made, in the policy's time zone: the policy is in effect from the next"
        + " day (the version's activation delay later)", example = "2024-07-08")
    LocalDate decidedOn,
    @Schema(description = "Why the policy is activated", example = "Encounters sustained above 4,000 a day")
    String reason,
    @Schema(description = "On whose authority", example = "Secretary of Homeland Security")
    String authority,
    @Schema(description = "When it was recorded: of two decisions of one day, the earlier recorded acts",
        example = "2024-07-08T16:00:00Z")
    Instant recordedAt,
    @Schema(description = "Who recorded it: the authenticated user", example = "admin")
    String recordedBy) {
}
