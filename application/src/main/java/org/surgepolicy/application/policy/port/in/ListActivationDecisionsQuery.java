package org.surgepolicy.application.policy.port.in;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.ActivationDecision;

/** The activation decisions recorded against a policy, in recording order. */
public interface ListActivationDecisionsQuery {

    /** As recorded up to {@code knownAt} (all when null); NotFound when the policy is unknown. */
    Outcome<List<ActivationDecision>> decisions(String policyId, Instant knownAt);
}
