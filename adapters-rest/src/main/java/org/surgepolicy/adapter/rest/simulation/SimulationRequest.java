package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A what-if: the rule with changed parameters and hypothetical daily totals, run on the stored data.
 *
 * @param parameters  parameter name (as in a policy version) to its value, applied to every version
 * @param dailyCounts counted totals that replace the stored ones on their days
 * @param from        the first day to return (default: the policy's start)
 * @param to          the last day to evaluate and return (default: today; may lie in the future)
 */
public record SimulationRequest(
    @Schema(example = "{\"discontinuationThreshold\": 1200, \"consecutiveDays\": 14}")
    Map<String, Object> parameters,
    @Valid List<@NotNull DailyCountRequest> dailyCounts,
    LocalDate from,
    LocalDate to) {
}
