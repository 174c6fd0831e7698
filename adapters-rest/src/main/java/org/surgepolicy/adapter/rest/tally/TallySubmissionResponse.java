package org.surgepolicy.adapter.rest.tally;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a submission did, and the status of every policy after it. */
public record TallySubmissionResponse(
    @Schema(description = "The rows received")
    int received,
    @Schema(description = "The rows of keys never reported before, stored as their first revision")
    int added,
    @Schema(description = "The rows that changed the count of a key already reported, stored as a new revision")
    int revised,
    @Schema(description = "The rows equal to their latest revision, which change nothing")
    int unchanged,
    @Schema(description = "Every policy's states after the change, recomputed before the answer")
    List<PolicyStateSummaryResponse> policies) {
}
