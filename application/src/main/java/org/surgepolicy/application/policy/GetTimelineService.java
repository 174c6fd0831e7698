package org.surgepolicy.application.policy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.rule.TimelineDay;

/** The days of a policy's timeline in a range, as known now or at an earlier instant. */
public final class GetTimelineService implements GetTimelineQuery {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final EvaluationsAsKnown evaluations;

    public GetTimelineService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.evaluations = new EvaluationsAsKnown(inputs, evaluation);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<TimelineDay>> timeline(Query query) {
        return Policies.answer(catalog, query.policyId(), definition -> {
            LocalDate to = query.to() != null ? query.to() : inputs.asOf(definition, query.knownAt());
            LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
            return evaluations.of(definition, query.knownAt()).timeline().between(from, to);
        });
    }
}
