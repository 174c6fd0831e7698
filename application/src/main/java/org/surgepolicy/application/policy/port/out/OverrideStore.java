package org.surgepolicy.application.policy.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyOverride;

/** The overrides recorded against each policy; append-only. */
public interface OverrideStore {

    /**
     * Stores an override in the caller's transaction and returns it with its id and the instant it is recorded at
     * (which replaces the override's own): the instant that transaction commits. Call it as the transaction's last
     * change.
     */
    PolicyOverride add(String policyId, PolicyOverride override);

    /**
     * The overrides of a policy recorded up to {@code knownAt} (all when null), in recording order; as known at an
     * instant, the answer is final.
     */
    List<PolicyOverride> list(String policyId, Instant knownAt);

    /** A number that grows with every override stored, for caching. */
    long version();
}
