package org.surgepolicy.application.policy;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.rule.Determination;

/** A policy's determinations, as known now or at an earlier instant. */
public final class GetDeterminationsService implements GetDeterminationsQuery {

    private final PolicyCatalog catalog;
    private final EvaluationsAsKnown evaluations;

    public GetDeterminationsService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation) {
        this.catalog = catalog;
        this.evaluations = new EvaluationsAsKnown(inputs, evaluation);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<Determination>> determinations(Query query) {
        return Policies.answer(catalog, query.policyId(),
            definition -> evaluations.of(definition, query.knownAt()).timeline().determinations());
    }
}
