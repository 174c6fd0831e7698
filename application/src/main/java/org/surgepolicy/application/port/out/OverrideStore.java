package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyOverride;

/** The overrides recorded against each policy; append-only. */
public interface OverrideStore {

    /** Stores an override and returns it with its id. */
    PolicyOverride add(String policyId, PolicyOverride override);

    /** The overrides of a policy recorded up to {@code knownAt} (all when null), in recording order. */
    List<PolicyOverride> list(String policyId, Instant knownAt);

    /** A number that grows with every override stored, for caching. */
    long version();
}
