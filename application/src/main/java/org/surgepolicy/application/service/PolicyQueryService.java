package org.surgepolicy.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;

/** The read side of the policies: list, status, timeline, determinations and restatements. */
public final class PolicyQueryService implements ListPoliciesQuery, GetPolicyStatusQuery, GetTimelineQuery,
    GetDeterminationsQuery, GetRestatementsQuery {

    private final PolicyEvaluations evaluations;
    private final DeterminationLog log;

    public PolicyQueryService(PolicyEvaluations evaluations, DeterminationLog log) {
        this.evaluations = evaluations;
        this.log = log;
    }

    @Override
    public List<PolicyDefinition> list() {
        return evaluations.definitions();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PolicyStatus> status(GetPolicyStatusQuery.Query query) {
        return evaluations.definition(query.policyId()).map(d -> evaluations.status(d, query.knownAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<TimelineDay>> timeline(GetTimelineQuery.Query query) {
        return evaluations.definition(query.policyId()).map(definition -> {
            LocalDate to = query.to() != null ? query.to() : evaluations.asOf(definition, query.knownAt());
            LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
            return evaluations.timeline(definition, query.knownAt()).between(from, to);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Determination>> determinations(GetDeterminationsQuery.Query query) {
        return evaluations.definition(query.policyId())
            .map(definition -> evaluations.timeline(definition, query.knownAt()).determinations());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GetRestatementsQuery.Restatements> restatements(String policyId) {
        return evaluations.definition(policyId).map(definition -> {
            var recorded = log.recorded(definition.id(), null);
            var current = evaluations.timeline(definition, null).determinations();
            return new GetRestatementsQuery.Restatements(definition.id(), recorded, current,
                org.surgepolicy.domain.rule.Restatements.compare(recorded, current));
        });
    }
}
