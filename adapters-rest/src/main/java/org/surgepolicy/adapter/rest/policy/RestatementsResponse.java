package org.surgepolicy.adapter.rest.policy;

import java.util.List;

/**
 * The determinations as first recorded beside those the current data yields, and every difference.
 *
 * @param recorded    as the system recorded them when it first made them, oldest first
 * @param current     as the current data yields them, oldest first
 * @param differences every difference, in date order
 */
public record RestatementsResponse(String policyId, List<RecordedDeterminationResponse> recorded,
                                   List<DeterminationResponse> current, List<RestatementResponse> differences) {
}
