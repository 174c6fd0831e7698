package org.surgepolicy.adapter.rest.tally;

import java.util.List;

/**
 * What a submission did, and the status of every policy after it.
 *
 * @param received  the rows received
 * @param revised   the rows stored as new revisions (new keys included)
 * @param unchanged the rows equal to their latest revision, which change nothing
 */
public record TallySubmissionResponse(int received, int revised, int unchanged,
                                      List<PolicyStateSummaryResponse> policies) {
}
