package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep: every combination of the values runs over the stored history.
 *
 * @param parameters parameter name to the values it takes; combined in the order given, the last varying fastest
 */
public record SweepRequest(
    @Schema(example = "{\"discontinuationThreshold\": [1000, 1500], \"consecutiveDays\": [1, 28]}")
    Map<String, List<Object>> parameters) {
}
