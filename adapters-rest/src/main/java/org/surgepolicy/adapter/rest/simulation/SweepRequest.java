package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.simulation.ParameterSweep;

/** A parameter sweep: every combination of the values runs over the stored history. */
public record SweepRequest(
    @Schema(description = "Parameter name to the values it takes (the names of a policy version's parameters); the "
        + "combinations are taken in the order given, the last parameter varying fastest, at most "
        + ParameterSweep.MAX_COMBINATIONS + " of them",
        example = "{\"discontinuationThreshold\": [1200, 1500], \"consecutiveDays\": [14, 28]}")
    Map<String, List<Object>> parameters) {
}
