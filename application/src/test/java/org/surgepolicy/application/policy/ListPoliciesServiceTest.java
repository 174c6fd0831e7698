package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;

class ListPoliciesServiceTest {

    private final InMemoryApplication app = RevisedExample3.application();

    @Test
    void thePoliciesAreListedFromTheCatalog() {
        assertThat(app.listPolicies().list()).containsExactly(securingTheBorder());
    }
}
