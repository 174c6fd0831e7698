package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/**
 * What every {@link PolicyCatalog} must do, run by each implementation's subclass (the YAML files, the fixed fake),
 * which names the definitions its catalog holds.
 */
public abstract class PolicyCatalogContract {

    /** The catalog under test. */
    protected abstract PolicyCatalog catalog();

    /** The definitions that catalog holds, in any order. */
    protected abstract List<PolicyDefinition> definitions();

    @Test
    void everyDefinitionIsListedOnceInIdOrder() {
        assertThat(catalog().all())
            .containsExactlyElementsOf(definitions().stream().sorted(Comparator.comparing(PolicyDefinition::id))
                .toList());
    }

    @Test
    void eachDefinitionIsFoundByItsId() {
        PolicyCatalog catalog = catalog();

        assertThat(definitions()).isNotEmpty()
            .allSatisfy(definition -> assertThat(catalog.find(definition.id())).contains(definition));
    }

    @Test
    void anUnknownOrMissingIdFindsNothing() {
        assertThat(catalog().find("no-such-policy")).isEmpty();
        assertThat(catalog().find(null)).isEmpty();
    }
}
