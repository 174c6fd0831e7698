package org.surgepolicy.application.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * Lays the policies' timelines side by side: each is the timeline the policy's own endpoint answers
 * ({@link GetTimelineService}), evaluated on data read once for all of them.
 */
public final class ComparePoliciesService implements ComparePoliciesQuery {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final EvaluationsAsKnown evaluations;

    public ComparePoliciesService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.evaluations = new EvaluationsAsKnown(inputs, evaluation);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<Comparison> compare(Query query) {
        List<PolicyDefinition> definitions = new ArrayList<>();
        for (String id : query.policyIds()) {
            Optional<PolicyDefinition> definition = catalog.find(id);
            if (definition.isEmpty()) {
                return new Outcome.NotFound<>("policy '" + id + "'");
            }
            definitions.add(definition.get());
        }
        LocalDate to = query.to() != null ? query.to()
            : definitions.stream().map(d -> inputs.asOf(d, query.knownAt())).max(LocalDate::compareTo).orElseThrow();
        LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
        if (to.isBefore(from)) {
            return new Outcome.Invalid<>("from", from + " is after to " + to);
        }

        List<Map<LocalDate, TimelineDay>> byPolicy = new ArrayList<>();
        for (PolicyEvaluator.Evaluation evaluation : evaluations.of(definitions, query.knownAt())) {
            Map<LocalDate, TimelineDay> days = new HashMap<>();
            evaluation.timeline().between(from, to).forEach(day -> days.put(day.date(), day));
            byPolicy.add(days);
        }

        List<ComparedDay> days = new ArrayList<>();
        List<LocalDate> differing = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate day = date;
            List<TimelineDay> policies = byPolicy.stream().map(p -> p.get(day)).toList();
            boolean differ = differ(policies);
            days.add(new ComparedDay(day, policies, differ));
            if (differ) {
                differing.add(day);
            }
        }
        return new Outcome.Done<>(new Comparison(from, to, definitions, days, differing));
    }

    /** Whether the effective states are not all the same; a policy without a state that day counts as one. */
    private static boolean differ(List<TimelineDay> policies) {
        PolicyStateKind first = state(policies.getFirst());
        return policies.stream().anyMatch(p -> !Objects.equals(state(p), first));
    }

    private static PolicyStateKind state(TimelineDay day) {
        return day == null ? null : day.effectiveState();
    }
}
