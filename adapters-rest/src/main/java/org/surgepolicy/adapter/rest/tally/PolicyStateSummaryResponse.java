package org.surgepolicy.adapter.rest.tally;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * A policy's states after a submission: the rule's with its since, the effective one (an override's while one
 * applies) with its own.
 */
public record PolicyStateSummaryResponse(String policyId, PolicyStateKind state, LocalDate since,
                                         PolicyStateKind effectiveState, LocalDate effectiveSince) {
}
