package org.surgepolicy.adapter.persistence.policy;

import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.util.List;
import org.surgepolicy.application.contracts.PolicyCatalogContract;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** The catalog of the shipped YAML files keeps the port's contract. */
class YamlPolicyCatalogContractTest extends PolicyCatalogContract {

    private final PolicyCatalog catalog = new YamlPolicyCatalog();

    @Override
    protected PolicyCatalog catalog() {
        return catalog;
    }

    @Override
    protected List<PolicyDefinition> definitions() {
        return List.of(securingTheBorder(), borderEmergencyAuthority());
    }
}
