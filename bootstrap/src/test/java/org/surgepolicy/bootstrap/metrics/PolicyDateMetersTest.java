package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * The dates as timestamps: the first day of the effective state's run of days, read back through the timeline across
 * overrides and pages, and the day a pending discontinuation takes effect; NaN where there is none.
 */
class PolicyDateMetersTest {

    private static final LocalDate START = LocalDate.parse("2024-06-05");
    private static final PolicyDefinition POLICY = PolicyFixtures.aPolicy().withId("p").startingOn(START).build();

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final Map<LocalDate, PolicyStateKind> effective = new TreeMap<>();
    private final AtomicInteger timelineReads = new AtomicInteger();
    private PolicyStatus status;

    /** The timeline of {@link #effective}: one day per entry, between the query's bounds. */
    private final GetTimelineQuery timelines = query -> {
        timelineReads.incrementAndGet();
        return Optional.of(effective.entrySet().stream()
            .filter(e -> !e.getKey().isBefore(query.from()) && !e.getKey().isAfter(query.to()))
            .map(e -> new TimelineDay(e.getKey(), null, null, new InEffect(START), e.getValue(), null, "v", 0, null,
                List.of()))
            .toList());
    };

    private void bind() {
        new PolicyDateMeters(() -> List.of(POLICY), query -> Optional.ofNullable(status), timelines, Duration.ZERO)
            .bindTo(registry);
    }

    private double since(PolicyStateKind state) {
        return registry.get(PolicyDateMeters.EFFECTIVE_SINCE).tag("policy", "p").tag("state", state.name()).gauge()
            .value();
    }

    private double discontinuation() {
        return registry.get(PolicyDateMeters.DISCONTINUATION_EFFECTIVE).tag("policy", "p").gauge().value();
    }

    private void days(LocalDate from, LocalDate to, PolicyStateKind state) {
        from.datesUntil(to.plusDays(1)).forEach(day -> effective.put(day, state));
    }

    private static PolicyStatus status(PolicyState state, PolicyStateKind effectiveState, LocalDate today,
                                       LocalDate discontinuationEffectiveOn) {
        return new PolicyStatus("p", state, effectiveState, "v", today, null, null, 0, 1,
            discontinuationEffectiveOn, null, null, null);
    }

    private static double midnightUtc(String day) {
        return LocalDate.parse(day).toEpochDay() * 86_400.0;
    }

    @Test
    void aPendingDiscontinuationIsItsDayAndTheEffectiveStateIsSinceItsFirstDay() {
        LocalDate today = LocalDate.parse("2024-06-20");
        days(START, LocalDate.parse("2024-06-12"), PolicyStateKind.IN_EFFECT);
        days(LocalDate.parse("2024-06-13"), today, PolicyStateKind.DISCONTINUATION_PENDING);
        status = status(new DiscontinuationPending(START, LocalDate.parse("2024-06-13"), LocalDate.parse("2024-06-27")),
            PolicyStateKind.DISCONTINUATION_PENDING, today, LocalDate.parse("2024-06-27"));
        bind();

        assertThat(discontinuation()).isEqualTo(midnightUtc("2024-06-27")).isEqualTo(1_719_446_400.0);
        assertThat(since(PolicyStateKind.DISCONTINUATION_PENDING)).isEqualTo(midnightUtc("2024-06-13"));
        assertThat(since(PolicyStateKind.IN_EFFECT)).as("not the state that applies").isNaN();
        assertThat(since(PolicyStateKind.DISCONTINUED)).isNaN();
    }

    @Test
    void anOverridesStateAppliesSinceItsFirstDayAndNoDiscontinuationIsPendingInEffect() {
        LocalDate today = LocalDate.parse("2024-07-01");
        days(START, LocalDate.parse("2024-06-24"), PolicyStateKind.IN_EFFECT);
        days(LocalDate.parse("2024-06-25"), today, PolicyStateKind.DISCONTINUED);
        status = status(new InEffect(START), PolicyStateKind.DISCONTINUED, today, null);
        bind();

        assertThat(since(PolicyStateKind.DISCONTINUED)).isEqualTo(midnightUtc("2024-06-25"));
        assertThat(since(PolicyStateKind.IN_EFFECT)).isNaN();
        assertThat(discontinuation()).isNaN();
    }

    @Test
    void aStateUnchangedSinceThePolicyStartedAppliesSinceItsFirstDayReadPageByPage() {
        LocalDate today = START.plusDays(2L * GetTimelineQuery.MAX_DAYS + 10);
        days(START, today, PolicyStateKind.IN_EFFECT);
        status = status(new InEffect(START), PolicyStateKind.IN_EFFECT, today, null);
        bind();

        assertThat(since(PolicyStateKind.IN_EFFECT)).isEqualTo(midnightUtc("2024-06-05"));
        assertThat(timelineReads.get()).as("pages of at most %d days", GetTimelineQuery.MAX_DAYS).isEqualTo(3);
    }

    @Test
    void aDayWithoutAStateHasNoDates() {
        status = status(null, null, START.minusDays(1), null);
        bind();

        for (PolicyStateKind state : PolicyStateKind.values()) {
            assertThat(since(state)).isNaN();
        }
        assertThat(discontinuation()).isNaN();
        assertThat(timelineReads.get()).isZero();
    }
}
