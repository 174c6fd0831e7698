package org.surgepolicy.application.policy.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.policy.ActivationDecision;

/** The activation decisions recorded against each policy; append-only. */
public interface ActivationDecisionStore {

    /**
     * Makes the caller's transaction the only one deciding, from now to its end: another that holds, or adds, waits
     * until it ends. A decision is checked against the decisions recorded before it only once the caller holds, so
     * that two decisions sent at once are checked one after the other.
     */
    void hold();

    /**
     * Stores a decision in the caller's transaction and returns it with its id and the instant it is recorded at
     * (which replaces the decision's own): the instant that transaction commits. It holds the commit clock from now
     * to the commit, so the transaction may write after it only what is itself stamped at the commit (determinations,
     * audit entries).
     */
    ActivationDecision add(String policyId, ActivationDecision decision);

    /**
     * The decisions of a policy recorded up to {@code knownAt} (all when null), in recording order; as known at an
     * instant, the answer is final.
     */
    List<ActivationDecision> list(String policyId, Instant knownAt);

    /** A number that grows with every decision stored, for caching. */
    long version();
}
