package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A what-if: the rule with changed parameters and hypothetical daily totals, run on the stored data. */
public record SimulationRequest(
    @Schema(description = "Parameter name (as a policy version's parameters name it) to its value, applied to every "
        + "version; the others keep each version's own", example = "{\"discontinuationThreshold\": 1200}")
    Map<String, Object> parameters,
    @Schema(description = "Counted totals that replace the stored ones on their days (with an empty ledger, they are "
        + "the whole series); each day once")
    @Valid List<@NotNull DailyCountRequest> dailyCounts,
    @Schema(description = "The first day to return (YYYY-MM-DD); by default the policy's first day. The rule runs "
        + "from the policy's first day whatever it is", example = "2025-01-20")
    LocalDate from,
    @Schema(description = "The last day to evaluate and return (YYYY-MM-DD); by default today. It may lie in the "
        + "future, where only the given dailyCounts are reported", example = "2025-02-28")
    LocalDate to) {
}
