package org.surgepolicy.adapter.rest.policy;

import java.util.List;

/**
 * What a determination rests on.
 *
 * @param comparison {@code ">="} for HIGH, {@code "<"} for LOW: how each window's average met the threshold
 */
public record EvidenceResponse(List<EvidenceWindowResponse> windows, long threshold, String comparison) {
}
