package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The dates as timestamps, from statuses the domain computes: the first day of the effective state (an override's
 * while one applies) and the day a pending discontinuation takes effect; NaN where there is none.
 */
class PolicyDateMetersTest {

    private static final LocalDate START = LocalDate.parse("2024-06-05");
    /** A 7-day window, in effect from the start, LOW below an average of 1,500 on one day, 14 days' wait. */
    private static final PolicyDefinition POLICY = PolicyFixtures.aPolicy().withId("p").startingOn(START).build();

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private void bind(PolicyStatus status) {
        new PolicyDateMeters(() -> List.of(POLICY), query -> status == null ? new Outcome.NotFound<>("policy 'p'")
            : new Outcome.Done<>(status), Duration.ZERO).bindTo(registry);
    }

    private double since(PolicyStateKind state) {
        return registry.get(PolicyDateMeters.EFFECTIVE_SINCE).tag("policy", "p").tag("state", state.name()).gauge()
            .value();
    }

    private double discontinuation() {
        return registry.get(PolicyDateMeters.DISCONTINUATION_EFFECTIVE).tag("policy", "p").gauge().value();
    }

    private static double midnightUtc(String day) {
        return LocalDate.parse(day).toEpochDay() * 86_400.0;
    }

    /** Counts of {@code count} a day from a week before the start (the first window's days) through {@code last}. */
    private static DailyAggregates everyDay(long count, LocalDate last) {
        return DailySeries.startingOn(START.minusDays(7)).through(last, count).aggregates();
    }

    @Test
    void aPendingDiscontinuationIsItsDayAndTheEffectiveStateIsSinceItsDetermination() {
        // The window ending June 4 averages 1,000: LOW on June 5, pending until June 19.
        LocalDate today = LocalDate.parse("2024-06-10");
        bind(Evaluations.status(POLICY, everyDay(1_000, today.minusDays(1)), today));

        assertThat(discontinuation()).isEqualTo(midnightUtc("2024-06-19")).isEqualTo(1_718_755_200.0);
        assertThat(since(PolicyStateKind.DISCONTINUATION_PENDING)).isEqualTo(midnightUtc("2024-06-05"));
        assertThat(since(PolicyStateKind.IN_EFFECT)).as("not the state that applies").isNaN();
        assertThat(since(PolicyStateKind.DISCONTINUED)).isNaN();
    }

    @Test
    void anOverridesStateAppliesSinceItsFirstDayAndNoDiscontinuationIsPendingInEffect() {
        // Averages of 2,000 keep the rule in effect; a court order discontinues the policy from June 25.
        LocalDate today = LocalDate.parse("2024-07-01");
        PolicyOverride order = Evaluations.courtOrder(1, PolicyStateKind.DISCONTINUED, LocalDate.parse("2024-06-25"),
            null);
        bind(Evaluations.status(POLICY, everyDay(2_000, today.minusDays(1)), List.of(order), today));

        assertThat(since(PolicyStateKind.DISCONTINUED)).isEqualTo(midnightUtc("2024-06-25"));
        assertThat(since(PolicyStateKind.IN_EFFECT)).as("the rule's state, not the one that applies").isNaN();
        assertThat(discontinuation()).isNaN();
    }

    @Test
    void aStateUnchangedSinceThePolicyStartedAppliesSinceItsFirstDay() {
        LocalDate today = START.plusDays(400);
        bind(Evaluations.status(POLICY, everyDay(2_000, today.minusDays(1)), today));

        assertThat(since(PolicyStateKind.IN_EFFECT)).isEqualTo(midnightUtc("2024-06-05"));
    }

    @Test
    void aDayWithoutAStateHasNoDates() {
        bind(Evaluations.status(POLICY, DailyAggregates.empty(), START.minusDays(1)));

        for (PolicyStateKind state : PolicyStateKind.values()) {
            assertThat(since(state)).isNaN();
        }
        assertThat(discontinuation()).isNaN();
    }
}
