package org.surgepolicy.application.policy;

import java.util.List;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** Lists the policies of the catalogue. */
public final class ListPoliciesService implements ListPoliciesQuery {

    private final PolicyCatalog catalog;

    public ListPoliciesService(PolicyCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<PolicyDefinition> list() {
        return catalog.all();
    }
}
