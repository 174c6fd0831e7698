package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.DATA_FRESHNESS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.DATA_STALE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.DAYS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.DAYS_BELOW;
import static org.surgepolicy.bootstrap.metrics.MeterNames.DAYS_BELOW_REQUIRED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.ENCOUNTERS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.KIND;
import static org.surgepolicy.bootstrap.metrics.MeterNames.LATEST_AVERAGE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.NEXT_CHANGE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY;
import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY_EFFECTIVE_STATE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY_STATE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.RESTATEMENTS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.RESTATEMENTS_UNIT;
import static org.surgepolicy.bootstrap.metrics.MeterNames.STATE;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Restatement;

/**
 * The gauges of every policy, read from its current status when they are scraped (reused for
 * {@link SurgeMetricsProperties#statusCacheTtl()}), and its determination counters, present from the start at 0.
 * A value that does not exist (no average yet, no change in view) is NaN.
 */
public final class PolicyMeters implements MeterBinder {

    private final ListPoliciesQuery policies;
    private final CachedReads<String, Optional<PolicyStatus>> statuses;
    private final CachedReads<String, Map<Restatement.Kind, Long>> restatements;

    public PolicyMeters(ListPoliciesQuery policies, GetPolicyStatusQuery status, GetRestatementsQuery restatements,
                 Duration ttl) {
        this.policies = policies;
        this.statuses = new CachedReads<>(ttl, id -> status.status(new GetPolicyStatusQuery.Query(id, null))
            .toOptional());
        this.restatements = new CachedReads<>(ttl, id -> restatements.restatements(id).toOptional()
            .map(PolicyMeters::byKind).orElseGet(Map::of));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PolicyDefinition policy : policies.list()) {
            bindPolicy(registry, policy.id());
        }
    }

    private void bindPolicy(MeterRegistry registry, String id) {
        for (PolicyStateKind kind : PolicyStateKind.values()) {
            status(registry, POLICY_STATE, id, Tags.of(STATE, kind.name()), null,
                "1 for the state the rule puts the policy in today, 0 for the other states",
                s -> s.state() != null && s.state().kind() == kind ? 1 : 0);
            status(registry, POLICY_EFFECTIVE_STATE, id, Tags.of(STATE, kind.name()), null,
                "1 for the state that applies today (an override's while one lasts, else the rule's), 0 otherwise",
                s -> s.effectiveState() == kind ? 1 : 0);
        }
        status(registry, LATEST_AVERAGE, id, Tags.empty(), ENCOUNTERS,
            "The average of the counted encounters a day over the window ending on the newest reported day",
            s -> s.latestAverage() == null ? Double.NaN : s.latestAverage().average().doubleValue());
        status(registry, DAYS_BELOW, id, Tags.empty(), DAYS,
            "Consecutive days, to the newest reported day, whose average is below the discontinuation threshold",
            PolicyStatus::daysBelow);
        status(registry, DAYS_BELOW_REQUIRED, id, Tags.empty(), DAYS,
            "How many such days the rule in force needs for a discontinuation", PolicyStatus::requiredDaysBelow);
        status(registry, NEXT_CHANGE, id, Tags.empty(), DAYS,
            "Days from today to the earliest possible change of state: the scheduled one, or the earliest end if "
                + "every coming day stays below the discontinuation threshold (NaN when none is in view)",
            s -> daysFrom(s.asOf(), nextChange(s)));
        status(registry, DATA_FRESHNESS, id, Tags.empty(), DAYS,
            "Days from the newest reported day to today in the policy's zone (NaN when no day is reported)",
            s -> daysFrom(s.dataThrough(), s.asOf()));
        status(registry, DATA_STALE, id, Tags.empty(), null,
            "1 when no day is reported or the newest is older than surge.data.stale-after-days, 0 otherwise",
            s -> s.stale() ? 1 : 0);
        for (Restatement.Kind kind : Restatement.Kind.values()) {
            Gauge.builder(RESTATEMENTS, this, meters -> meters.restatements.get(id).getOrDefault(kind, 0L))
                .tags(Tags.of(POLICY, id, KIND, kind.name())).baseUnit(RESTATEMENTS_UNIT)
                .description("Determinations as first recorded that today's data restates, by kind of difference")
                .strongReference(true).register(registry);
        }
        for (DeterminationType type : DeterminationType.values()) {
            MeteredDeterminationLog.counter(registry, id, type);
        }
    }

    private void status(MeterRegistry registry, String name, String id, Tags tags, String unit, String description,
                        ToDoubleFunction<PolicyStatus> value) {
        Gauge.builder(name, this, meters -> meters.statuses.get(id).map(value::applyAsDouble).orElse(Double.NaN))
            .tags(tags.and(POLICY, id)).baseUnit(unit).description(description).strongReference(true)
            .register(registry);
    }

    /** The day the state changes next if nothing else happens first, or null when none is in view. */
    static LocalDate nextChange(PolicyStatus status) {
        if (status.state() == null) {
            return null;
        }
        return switch (status.state().kind()) {
            case IN_EFFECT -> status.earliestPossibleDiscontinuation();
            case DISCONTINUATION_PENDING -> status.discontinuationEffectiveOn();
            case DISCONTINUED -> status.reactivationEffectiveOn();
        };
    }

    private static double daysFrom(LocalDate from, LocalDate to) {
        return from == null || to == null ? Double.NaN : ChronoUnit.DAYS.between(from, to);
    }

    private static Map<Restatement.Kind, Long> byKind(GetRestatementsQuery.Restatements found) {
        Map<Restatement.Kind, Long> counts = new EnumMap<>(Restatement.Kind.class);
        found.differences().forEach(r -> counts.merge(r.kind(), 1L, Long::sum));
        return counts;
    }
}
