package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Region;

/** The gauges read the status when they are read, say NaN for what does not exist, and read it once a scrape. */
class PolicyMetersTest {

    private static final LocalDate START = LocalDate.parse("2024-06-05");
    private static final LocalDate TODAY = LocalDate.parse("2024-08-01");

    private final GetPolicyStatusQuery status = mock(GetPolicyStatusQuery.class);
    private final GetRestatementsQuery restatements = mock(GetRestatementsQuery.class);
    private final ListPoliciesQuery policies = () -> List.of(new PolicyDefinition("p", "A policy",
        ZoneId.of("America/New_York"), START, null, PolicyStateKind.IN_EFFECT, List.of(new PolicyVersion("v1", START,
        new RuleParameters(7, 2500, 1500, 28, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD),
        new CountingRule(Set.of(Component.USBP), Set.of(Region.SOUTHWEST_LAND_BORDER), true), "Proclamation"))));
    private final MeterRegistry registry = new SimpleMeterRegistry();

    private void bind(Duration ttl) {
        when(restatements.restatements("p")).thenReturn(new Outcome.NotFound<>("policy 'p'"));
        new PolicyMeters(policies, status, restatements, ttl).bindTo(registry);
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tag("policy", "p").tags(tags).gauge().value();
    }

    /**
     * 2,000 a day, then 1,000 a day from 07-26 to 07-29, the newest reported day, 3 days before today. The window to
     * 07-29 holds three days of 2,000 and sums 10,000, the first below 10,500. With the days from 07-30 assumed below,
     * 28 windows below end 07-29 .. 08-25: a LOW on 08-26, discontinued from 09-09, 39 days from today.
     */
    private PolicyStatus inEffect() {
        DailySeries series = DailySeries.startingOn(START.minusDays(34)).through(LocalDate.parse("2024-07-25"), 2_000)
            .through(LocalDate.parse("2024-07-29"), 1_000);
        return Evaluations.status(policies.list().getFirst(), series.aggregates(), TODAY);
    }

    @Test
    void inEffectTheNextChangeIsTheEarliestEnd() {
        PolicyStatus inEffect = inEffect();
        when(status.status(any())).thenReturn(new Outcome.Done<>(inEffect));
        bind(Duration.ZERO);

        assertThat(inEffect.earliestPossibleDiscontinuation()).isEqualTo("2024-09-09");
        assertThat(gauge("surge.policy.next.change")).isEqualTo(39.0);
        assertThat(gauge("surge.data.freshness")).isEqualTo(3.0);
        assertThat(gauge("surge.data.stale")).as("3 days old is not older than 3").isZero();
        assertThat(gauge("surge.policy.latest.average")).isEqualTo(10_000 / 7.0, org.assertj.core.data.Offset
            .offset(0.001));
        assertThat(gauge("surge.policy.below.threshold")).isEqualTo(1.0);
        assertThat(gauge("surge.policy.state", "state", "IN_EFFECT")).isEqualTo(1.0);
        assertThat(gauge("surge.policy.state", "state", "DISCONTINUED")).isZero();
    }

    @Test
    void discontinuedWithoutAReactivationOrAnyDataHasNoChangeInViewAndStaleData() {
        when(status.status(any())).thenReturn(new Outcome.Done<>(Evaluations.status(
            PolicyFixtures.aPolicy().withId("p").startingDiscontinued().build(), DailyAggregates.empty(), TODAY)));
        bind(Duration.ZERO);

        assertThat(gauge("surge.policy.next.change")).isNaN();
        assertThat(gauge("surge.data.freshness")).as("no day reported").isNaN();
        assertThat(gauge("surge.data.stale")).as("no day reported").isEqualTo(1.0);
        assertThat(gauge("surge.policy.latest.average")).isNaN();
        assertThat(gauge("surge.policy.state", "state", "DISCONTINUED")).isEqualTo(1.0);
    }

    @Test
    void theValueIsReadWhenTheGaugeIsReadNotWhenItWasRegistered() {
        when(status.status(any())).thenReturn(new Outcome.Done<>(inEffect()));
        bind(Duration.ZERO);
        when(status.status(any())).thenReturn(new Outcome.Done<>(Evaluations.status(policies.list().getFirst(),
            DailyAggregates.empty(), TODAY)));

        assertThat(gauge("surge.data.stale")).isEqualTo(1.0);
    }

    @Test
    void oneScrapeReadsTheStatusOnceWhileItIsFresh() {
        when(status.status(any())).thenReturn(new Outcome.Done<>(inEffect()));
        bind(Duration.ofMinutes(1));

        gauge("surge.policy.next.change");
        gauge("surge.data.freshness");
        gauge("surge.policy.state", "state", "IN_EFFECT");

        verify(status, times(1)).status(new GetPolicyStatusQuery.Query("p", null));
    }

    @Test
    void determinationCountersArePresentAtZeroFromTheStart() {
        bind(Duration.ZERO);

        assertThat(registry.get("surge.determinations").tag("policy", "p").tag("type", "HIGH").counter().count())
            .isZero();
        assertThat(registry.get("surge.determinations").tag("type", "LOW").counter().count()).isZero();
    }
}
