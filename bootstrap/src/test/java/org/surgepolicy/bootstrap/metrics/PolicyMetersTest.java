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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.Discontinued;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.Component;
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
        when(restatements.restatements("p")).thenReturn(Optional.empty());
        new PolicyMeters(policies, status, restatements, ttl).bindTo(registry);
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tag("policy", "p").tags(tags).gauge().value();
    }

    private static PolicyStatus inEffect(LocalDate earliestEnd) {
        return new PolicyStatus("p", new InEffect(START), PolicyStateKind.IN_EFFECT, "v1", TODAY,
            TODAY.minusDays(3), new WindowAverage(TODAY.minusDays(9), TODAY.minusDays(3), 10_000, 7), 5, 28, null,
            null, earliestEnd, null);
    }

    @Test
    void inEffectTheNextChangeIsTheEarliestEnd() {
        when(status.status(any())).thenReturn(Optional.of(inEffect(TODAY.plusDays(24))));
        bind(Duration.ZERO);

        assertThat(gauge("surge.policy.next.change")).isEqualTo(24.0);
        assertThat(gauge("surge.data.freshness")).isEqualTo(3.0);
        assertThat(gauge("surge.policy.latest.average")).isEqualTo(10_000 / 7.0, org.assertj.core.data.Offset
            .offset(0.001));
        assertThat(gauge("surge.policy.state", "state", "IN_EFFECT")).isEqualTo(1.0);
        assertThat(gauge("surge.policy.state", "state", "DISCONTINUED")).isZero();
    }

    @Test
    void discontinuedWithoutAReactivationHasNoChangeInView() {
        when(status.status(any())).thenReturn(Optional.of(new PolicyStatus("p", new Discontinued(START, null),
            PolicyStateKind.DISCONTINUED, "v1", TODAY, null, null, 0, 28, null, null, null, null)));
        bind(Duration.ZERO);

        assertThat(gauge("surge.policy.next.change")).isNaN();
        assertThat(gauge("surge.data.freshness")).as("no day reported").isNaN();
        assertThat(gauge("surge.policy.latest.average")).isNaN();
        assertThat(gauge("surge.policy.state", "state", "DISCONTINUED")).isEqualTo(1.0);
    }

    @Test
    void theValueIsReadWhenTheGaugeIsReadNotWhenItWasRegistered() {
        when(status.status(any())).thenReturn(Optional.of(inEffect(TODAY.plusDays(24))));
        bind(Duration.ZERO);
        when(status.status(any())).thenReturn(Optional.of(inEffect(TODAY.plusDays(10))));

        assertThat(gauge("surge.policy.next.change")).isEqualTo(10.0);
    }

    @Test
    void oneScrapeReadsTheStatusOnceWhileItIsFresh() {
        when(status.status(any())).thenReturn(Optional.of(inEffect(TODAY.plusDays(24))));
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
