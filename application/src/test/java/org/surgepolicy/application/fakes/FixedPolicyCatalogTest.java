package org.surgepolicy.application.fakes;

import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.util.List;
import org.surgepolicy.application.contracts.PolicyCatalogContract;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** The fixed catalog the services' tests use keeps the port's contract, whatever order it is given its definitions. */
class FixedPolicyCatalogTest extends PolicyCatalogContract {

    private final List<PolicyDefinition> definitions =
        List.of(securingTheBorder(), aPolicy().withId("a-test").build(), borderEmergencyAuthority());

    @Override
    protected PolicyCatalog catalog() {
        return new FixedPolicyCatalog(definitions.toArray(PolicyDefinition[]::new));
    }

    @Override
    protected List<PolicyDefinition> definitions() {
        return definitions;
    }
}
