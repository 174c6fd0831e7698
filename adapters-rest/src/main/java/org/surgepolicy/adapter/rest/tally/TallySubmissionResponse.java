package org.surgepolicy.adapter.rest.tally;

import java.util.List;

/**
 * What a submission did, and the status of every policy after it.
 *
 * @param received  the rows received
 * @param added     the rows of keys never reported before, stored as their first revision
 * @param revised   the rows that changed the count of a key already reported, stored as a new revision
 * @param unchanged the rows equal to their latest revision, which change nothing
 */
public record TallySubmissionResponse(int received, int added, int revised, int unchanged,
                                      List<PolicyStateSummaryResponse> policies) {
}
