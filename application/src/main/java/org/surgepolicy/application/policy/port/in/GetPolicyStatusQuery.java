package org.surgepolicy.application.policy.port.in;

import java.time.Instant;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.rule.PolicyStatus;

/** "Is the policy in effect today, since when, how far from a change?", now or as known at an instant. */
public interface GetPolicyStatusQuery {

    /** NotFound when the policy is unknown. */
    Outcome<PolicyStatus> status(Query query);

    /** @param knownAt answer from the revisions recorded up to this instant (null: from all) */
    record Query(String policyId, Instant knownAt) {
    }
}
