package org.surgepolicy.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** A catalog of the definitions a test gives it. */
public final class FixedPolicyCatalog implements PolicyCatalog {

    private final List<PolicyDefinition> definitions;

    public FixedPolicyCatalog(PolicyDefinition... definitions) {
        this.definitions = Stream.of(definitions).sorted(Comparator.comparing(PolicyDefinition::id)).toList();
    }

    @Override
    public List<PolicyDefinition> all() {
        return definitions;
    }

    @Override
    public Optional<PolicyDefinition> find(String policyId) {
        return definitions.stream().filter(d -> d.id().equals(policyId)).findFirst();
    }
}
