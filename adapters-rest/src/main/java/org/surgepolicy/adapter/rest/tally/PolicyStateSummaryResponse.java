package org.surgepolicy.adapter.rest.tally;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** A policy's rule state after a submission, and since when. */
public record PolicyStateSummaryResponse(String policyId, PolicyStateKind state, PolicyStateKind effectiveState,
                                         LocalDate since) {
}
