package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY;
import static org.surgepolicy.bootstrap.metrics.MeterNames.STATE;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * The dates an alert names, as timestamps ({@link Timestamps}): since when the effective state applies (one series per
 * state, NaN but for the current one, so that a rule can match it with the state gauge) and the day a pending
 * discontinuation takes effect (NaN when none is pending). Read from the policy's status and timeline when scraped.
 */
final class PolicyDateMeters implements MeterBinder {

    static final String EFFECTIVE_SINCE = "surge.policy.effective.state.since.timestamp";
    static final String DISCONTINUATION_EFFECTIVE = "surge.policy.discontinuation.effective.timestamp";

    /** Since when a state applies, or NaN when it does not apply today. */
    private record EffectiveSince(PolicyStateKind state, LocalDate since) {
    }

    private final ListPoliciesQuery policies;
    private final GetTimelineQuery timelines;
    private final CachedReads<String, Optional<PolicyStatus>> statuses;
    private final CachedReads<PolicyDefinition, Optional<EffectiveSince>> effectiveSince;

    PolicyDateMeters(ListPoliciesQuery policies, GetPolicyStatusQuery status, GetTimelineQuery timelines,
                     Duration ttl) {
        this.policies = policies;
        this.timelines = timelines;
        this.statuses = new CachedReads<>(ttl, id -> status.status(new GetPolicyStatusQuery.Query(id, null)));
        this.effectiveSince = new CachedReads<>(ttl, policy -> statuses.get(policy.id())
            .flatMap(found -> effectiveSince(policy, found)));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PolicyDefinition policy : policies.list()) {
            String id = policy.id();
            for (PolicyStateKind kind : PolicyStateKind.values()) {
                Gauge.builder(EFFECTIVE_SINCE, this, meters -> Timestamps.of(meters.effectiveSince.get(policy)
                        .filter(since -> since.state() == kind).map(EffectiveSince::since).orElse(null)))
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

    /**
     * The first day of the run of days, ending today, on which the effective state is today's: read back through the
     * timeline a page at a time, as far as the policy's first day.
     */
    private Optional<EffectiveSince> effectiveSince(PolicyDefinition policy, PolicyStatus status) {
        PolicyStateKind today = status.effectiveState();
        if (today == null) {
            return Optional.empty();
        }
        LocalDate startsOn = policy.startsOn();
        LocalDate since = status.asOf();
        LocalDate to = status.asOf();
        while (!to.isBefore(startsOn)) {
            LocalDate from = later(startsOn, to.minusDays(GetTimelineQuery.MAX_DAYS - 1));
            List<TimelineDay> days = timelines.timeline(new GetTimelineQuery.Query(policy.id(), from, to, null))
                .orElseThrow();
            for (TimelineDay day : days.reversed()) {
                if (day.effectiveState() != today) {
                    return Optional.of(new EffectiveSince(today, since));
                }
                since = day.date();
            }
            to = from.minusDays(1);
        }
        return Optional.of(new EffectiveSince(today, since));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
