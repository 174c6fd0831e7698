package org.surgepolicy.application.policy.port.in;

import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.PolicyOverride;

/** The overrides recorded against a policy, in recording order. */
public interface ListOverridesQuery {

    /** NotFound when the policy is unknown. */
    Outcome<List<PolicyOverride>> overrides(String policyId);
}
