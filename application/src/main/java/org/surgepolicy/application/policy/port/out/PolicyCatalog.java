package org.surgepolicy.application.policy.port.out;

import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** The policy definitions the service knows, loaded and validated at start-up. */
public interface PolicyCatalog {

    /** Every definition, in id order. */
    List<PolicyDefinition> all();

    Optional<PolicyDefinition> find(String policyId);
}
