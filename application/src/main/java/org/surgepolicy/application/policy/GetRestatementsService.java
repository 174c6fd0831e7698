package org.surgepolicy.application.policy;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;

/** A policy's recorded determinations against the ones the data gives now. */
public final class GetRestatementsService implements GetRestatementsQuery {

    private final PolicyCatalog catalog;
    private final EvaluationsAsKnown evaluations;
    private final DeterminationLog log;

    public GetRestatementsService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation,
                                  DeterminationLog log) {
        this.catalog = catalog;
        this.evaluations = new EvaluationsAsKnown(inputs, evaluation);
        this.log = log;
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<Restatements> restatements(String policyId) {
        return Policies.answer(catalog, policyId, definition -> {
            var recorded = log.recorded(definition.id(), null);
            var current = evaluations.of(definition, null).timeline().determinations();
            return new Restatements(definition.id(), recorded, current,
                org.surgepolicy.domain.rule.Restatements.compare(recorded, current));
        });
    }
}
