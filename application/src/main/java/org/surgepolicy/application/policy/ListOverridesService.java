package org.surgepolicy.application.policy;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ListOverridesQuery;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyOverride;

/** Lists the overrides of a policy. */
public final class ListOverridesService implements ListOverridesQuery {

    private final PolicyCatalog catalog;
    private final OverrideStore store;

    public ListOverridesService(PolicyCatalog catalog, OverrideStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<PolicyOverride>> overrides(String policyId) {
        return Policies.answer(catalog, policyId, d -> store.list(d.id(), null));
    }
}
