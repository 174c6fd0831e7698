package org.surgepolicy.application.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;

/** The read side of the policies: list, status, timeline, determinations and restatements. */
public final class PolicyQueryService implements ListPoliciesQuery, GetPolicyStatusQuery, GetTimelineQuery,
    GetDeterminationsQuery, GetRestatementsQuery {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;
    private final DeterminationLog log;

    public PolicyQueryService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation,
                              DeterminationLog log) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.log = log;
    }

    @Override
    public List<PolicyDefinition> list() {
        return catalog.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<PolicyStatus> status(GetPolicyStatusQuery.Query query) {
        return Policies.answer(catalog, query.policyId(),
            d -> evaluation.evaluate(inputs.of(d, query.knownAt())).status());
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<TimelineDay>> timeline(GetTimelineQuery.Query query) {
        return Policies.answer(catalog, query.policyId(), definition -> {
            LocalDate to = query.to() != null ? query.to() : inputs.asOf(definition, query.knownAt());
            LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
            return timeline(definition, query.knownAt()).between(from, to);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<List<Determination>> determinations(GetDeterminationsQuery.Query query) {
        return Policies.answer(catalog, query.policyId(),
            definition -> timeline(definition, query.knownAt()).determinations());
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<GetRestatementsQuery.Restatements> restatements(String policyId) {
        return Policies.answer(catalog, policyId, definition -> {
            var recorded = log.recorded(definition.id(), null);
            var current = timeline(definition, null).determinations();
            return new GetRestatementsQuery.Restatements(definition.id(), recorded, current,
                org.surgepolicy.domain.rule.Restatements.compare(recorded, current));
        });
    }

    private Timeline timeline(PolicyDefinition definition, Instant knownAt) {
        return evaluation.evaluate(inputs.of(definition, knownAt)).timeline();
    }
}
