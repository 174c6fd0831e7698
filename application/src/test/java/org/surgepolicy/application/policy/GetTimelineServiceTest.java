package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.policy.RevisedExample3.REVISED;
import static org.surgepolicy.application.policy.RevisedExample3.submitThenRevise;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.TimelineDay;

class GetTimelineServiceTest {

    private final InMemoryApplication app = RevisedExample3.application();

    private List<TimelineDay> timeline(LocalDate from, LocalDate to, Instant knownAt) {
        return app.timeline().timeline(new GetTimelineQuery.Query(SHIPPED_ID, from, to, knownAt))
            .toOptional().orElseThrow();
    }

    private static List<DeterminationType> determinationTypes(List<TimelineDay> days) {
        return days.stream().map(d -> d.determination() == null ? null : d.determination().type()).toList();
    }

    @Test
    void theDefaultTimelineIsTheLast90DaysUpToTodayInThePolicysZone() {
        app.submit(WorkedExample3.tallies());
        app.clock().set(Instant.parse("2024-09-15T02:00:00Z"));

        List<TimelineDay> days = timeline(null, null, null);

        assertThat(days).hasSize(90);
        assertThat(days.getFirst().date()).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThat(days.getLast().date()).isEqualTo(LocalDate.of(2024, 9, 14));
        assertThat(days.getLast().state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED);
    }

    @Test
    void anExplicitRangeGivesExactlyItsDays() {
        app.submit(WorkedExample3.tallies());
        app.clock().set(WorkedExample3.AFTERWARDS);

        List<TimelineDay> days = timeline(LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 12), null);

        assertThat(days).extracting(TimelineDay::date).containsExactly(LocalDate.of(2024, 7, 8),
            LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 11),
            LocalDate.of(2024, 7, 12));
        assertThat(days).extracting(TimelineDay::counted).containsExactly(1_500L, 1_500L, 1_493L, null, null);
        assertThat(determinationTypes(days)).containsExactly(null, null, null, DeterminationType.LOW, null);
        assertThat(days).extracting(d -> d.state().kind()).containsExactly(PolicyStateKind.IN_EFFECT,
            PolicyStateKind.IN_EFFECT, PolicyStateKind.IN_EFFECT, PolicyStateKind.DISCONTINUATION_PENDING,
            PolicyStateKind.DISCONTINUATION_PENDING);
    }

    @Test
    void aTimelineAsKnownAtAnInstantEndsOnItsDayWithTheDataOfThen() {
        submitThenRevise(app, 1_500);

        List<TimelineDay> then = timeline(null, null, REVISED.minusSeconds(1));
        List<TimelineDay> now = timeline(null, null, null);

        assertThat(then.getFirst().date()).isEqualTo(P10773_FROM);
        assertThat(then.getLast().date()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(then.get(35).date()).isEqualTo(WorkedExample3.FALL);
        assertThat(then.get(35).counted()).isEqualTo(1_493L);
        assertThat(then.get(36).determination()).isEqualTo(WorkedExample3.low());
        assertThat(now.getLast().date()).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(now.get(35).counted()).isEqualTo(1_500L);
        assertThat(determinationTypes(now)).containsOnlyNulls();
    }

    @Test
    void anUnknownPolicyIsAnsweredWithNothing() {
        assertThat(app.timeline().timeline(new GetTimelineQuery.Query("no-such-policy", null, null, null))
            .toOptional()).isEmpty();
    }
}
