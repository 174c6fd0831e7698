package org.surgepolicy.application.policy;

import java.util.function.Function;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** Answers a question about one policy, or that the policy is not known. */
final class Policies {

    private Policies() {
    }

    /** What {@code answer} says of the policy with this id; NotFound when the catalogue has none. */
    static <T> Outcome<T> answer(PolicyCatalog catalog, String policyId, Function<PolicyDefinition, T> answer) {
        return Outcome.found(catalog.find(policyId).map(answer), "policy '" + policyId + "'");
    }
}
