package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY;
import static org.surgepolicy.bootstrap.metrics.MeterNames.STATE;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Optional;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.PolicyStatus;

/**
 * The dates an alert names, as timestamps ({@link Timestamps}): since when the effective state applies (one series per
 * state, NaN but for the current one, so that a rule can match it with the state gauge) and the day a pending
 * discontinuation takes effect (NaN when none is pending). Read from the policy's status when scraped.
 */
public final class PolicyDateMeters implements MeterBinder {

    static final String EFFECTIVE_SINCE = "surge.policy.effective.state.since.timestamp";
    static final String DISCONTINUATION_EFFECTIVE = "surge.policy.discontinuation.effective.timestamp";

    private final ListPoliciesQuery policies;
    private final CachedReads<String, Optional<PolicyStatus>> statuses;

    public PolicyDateMeters(ListPoliciesQuery policies, GetPolicyStatusQuery status, Duration ttl) {
        this.policies = policies;
        this.statuses = new CachedReads<>(ttl, id -> status.status(new GetPolicyStatusQuery.Query(id, null))
            .toOptional());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PolicyDefinition policy : policies.list()) {
            String id = policy.id();
            for (PolicyStateKind kind : PolicyStateKind.values()) {
                Gauge.builder(EFFECTIVE_SINCE, this, meters -> Timestamps.of(meters.statuses.get(id)
                        .filter(found -> found.effectiveState() == kind).map(PolicyStatus::effectiveSince)
                        .orElse(null)))
                    .tags(POLICY, id, STATE, kind.name()).baseUnit(Timestamps.SECONDS)
                    .description("The first day of the state that applies today (an override's while one lasts), as "
                        + "the Unix time of that date's midnight UTC; NaN for the states that do not apply")
                    .strongReference(true).register(registry);
            }
            Gauge.builder(DISCONTINUATION_EFFECTIVE, this, meters -> Timestamps.of(meters.statuses.get(id)
                    .map(PolicyStatus::discontinuationEffectiveOn).orElse(null)))
                .tags(POLICY, id).baseUnit(Timestamps.SECONDS)
                .description("The day a pending discontinuation takes effect, as the Unix time of that date's "
                    + "midnight UTC; NaN when no discontinuation is pending")
                .strongReference(true).register(registry);
        }
    }
}
