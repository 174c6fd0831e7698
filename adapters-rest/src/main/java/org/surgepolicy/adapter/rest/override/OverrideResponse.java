package org.surgepolicy.adapter.rest.override;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** A recorded override. */
public record OverrideResponse(
    @Schema(description = "The override's id")
    long id,
    @Schema(description = "The state it forces")
    PolicyStateKind state,
    @Schema(description = "Its first day")
    LocalDate from,
    @Schema(description = "Its last day, or null when it has no end")
    LocalDate to,
    @Schema(description = "Why the state is forced")
    String reason,
    @Schema(description = "On whose authority")
    String authority,
    @Schema(description = "When it was recorded: of two overrides covering a day, the later recorded wins")
    Instant recordedAt,
    @Schema(description = "Who recorded it")
    String recordedBy) {
}
