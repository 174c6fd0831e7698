package org.surgepolicy.application.policy.port.in;

import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyOverride;

/** The overrides recorded against a policy, in recording order. */
public interface ListOverridesQuery {

    /** Empty when the policy is unknown. */
    Optional<List<PolicyOverride>> overrides(String policyId);
}
