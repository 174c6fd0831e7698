package org.surgepolicy.application.policy;

import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ListActivationDecisionsQuery;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.ActivationDecision;

/** Lists the activation decisions of a policy, as known now or at an instant. */
public final class ListActivationDecisionsService implements ListActivationDecisionsQuery {

    private final PolicyCatalog catalog;
    private final ActivationDecisionStore store;

    public ListActivationDecisionsService(PolicyCatalog catalog, ActivationDecisionStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<ActivationDecision>> decisions(String policyId, Instant knownAt) {
        return Policies.answer(catalog, policyId, d -> store.list(d.id(), knownAt));
    }
}
