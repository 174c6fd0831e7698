package org.surgepolicy.application.policy;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.rule.PolicyStatus;

/** A policy's status, as known now or at an earlier instant. */
public final class GetPolicyStatusService implements GetPolicyStatusQuery {

    private final PolicyCatalog catalog;
    private final EvaluationsAsKnown evaluations;

    public GetPolicyStatusService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation) {
        this.catalog = catalog;
        this.evaluations = new EvaluationsAsKnown(inputs, evaluation);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<PolicyStatus> status(Query query) {
        return Policies.answer(catalog, query.policyId(), d -> evaluations.of(d, query.knownAt()).status());
    }
}
