package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a determination rests on.
 *
 * @param comparison {@code ">="} for HIGH, {@code "<"} for LOW: how each window's average met the threshold
 * @param trigger    the rule's trigger that was met (for example {@code MANDATORY_AVERAGE} or
 *                   {@code DISCRETIONARY_AVERAGE}), where the rule names its triggers; null otherwise
 */
public record EvidenceResponse(List<EvidenceWindowResponse> windows, long threshold, String comparison,
                               @Schema(description = "The rule's trigger that was met, where the rule names its"
                                   + " triggers (MANDATORY_AVERAGE, MANDATORY_DAY, DISCRETIONARY_AVERAGE); null for"
                                   + " a rule with a single activation threshold", example = "DISCRETIONARY_AVERAGE")
                               String trigger) {
}
