package org.surgepolicy.adapter.rest.policy;

import java.util.List;

/**
 * The determinations as first recorded beside those the current data yields, counted, and every difference once with
 * its evidence.
 *
 * @param counts      how many were recorded, how many the data yields now, and how many differ, by kind
 * @param recorded    as the system recorded them when it first made them, oldest first (without evidence: see
 *                    {@code differences}, or the determinations endpoint)
 * @param current     as the current data yields them, oldest first (without evidence)
 * @param differences every difference, in date order, with the evidence of each side
 */
public record RestatementsResponse(String policyId, RestatementCountsResponse counts,
                                   List<RecordedDeterminationSummaryResponse> recorded,
                                   List<DeterminationSummaryResponse> current,
                                   List<RestatementResponse> differences) {
}
