package org.surgepolicy.application.policy;

import org.surgepolicy.application.fakes.WorkedExample3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery.Restatements;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.rule.WindowAverage;

class PolicyQueryServiceTest {

    /** When example 3's tallies are submitted: 2024-07-12 in New York, with the LOW of 07-11 recorded. */
    private static final Instant SUBMITTED = Instant.parse("2024-07-12T14:00:00Z");
    /** When 2024-07-10 is revised from 1,493 to 1,500, which takes the LOW determination away. */
    private static final Instant REVISED = Instant.parse("2024-07-15T14:00:00Z");
    private static final Instant NOW = Instant.parse("2024-07-20T14:00:00Z");

    private final InMemoryApplication app = new InMemoryApplication(SUBMITTED, securingTheBorder());

    /** Example 3 submitted, then 2024-07-10 revised by {@code revisedCount} through the use case, now {@link #NOW}. */
    private void submitThenRevise(long revisedCount) {
        app.submit(WorkedExample3.tallies());
        app.clock().set(REVISED);
        app.submit(List.of(counted(WorkedExample3.FALL, revisedCount)));
        app.clock().set(NOW);
    }

    private PolicyStatus status(Instant knownAt) {
        return app.policies().status(new GetPolicyStatusQuery.Query(SHIPPED_ID, knownAt)).toOptional().orElseThrow();
    }

    private List<TimelineDay> timeline(LocalDate from, LocalDate to, Instant knownAt) {
        return app.policies().timeline(new GetTimelineQuery.Query(SHIPPED_ID, from, to, knownAt))
            .toOptional().orElseThrow();
    }

    private static List<DeterminationType> determinationTypes(List<TimelineDay> days) {
        return days.stream().map(d -> d.determination() == null ? null : d.determination().type()).toList();
    }

    @Test
    void statusAsKnownBeforeARevisionIsWhatTheOlderDataGave() {
        submitThenRevise(1_500);

        PolicyStatus now = status(null);
        PolicyStatus then = status(REVISED.minusSeconds(1));

        assertThat(now.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(now.asOf()).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(now.latestAverage()).isEqualTo(new WindowAverage(LocalDate.of(2024, 7, 4),
            WorkedExample3.FALL, 10_500, 7));
        assertThat(then.state()).isEqualTo(new DiscontinuationPending(P10773_FROM, WorkedExample3.LOW_ON,
            WorkedExample3.DISCONTINUED_FROM));
        assertThat(then.asOf()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(then).isEqualTo(Evaluations.status(securingTheBorder(), WorkedExample3.series().aggregates(),
            LocalDate.of(2024, 7, 15)));
        assertThat(status(REVISED).state()).isEqualTo(new InEffect(P10773_FROM));
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
        submitThenRevise(1_500);

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
    void determinationsAreThoseOfTheDataNowOrAsKnownThen() {
        submitThenRevise(1_500);

        assertThat(app.policies().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID, null)).toOptional())
            .contains(List.of());
        assertThat(app.policies().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID,
            REVISED.minusSeconds(1))).toOptional()).contains(List.of(WorkedExample3.low()));
        assertThat(app.policies().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID,
            SUBMITTED.minusSeconds(1))).toOptional()).contains(List.of());
    }

    @Test
    void aRevisionThatTakesARecordedDeterminationAwayIsRestatedAsWithdrawn() {
        submitThenRevise(1_500);

        Restatements restatements = app.policies().restatements(SHIPPED_ID).toOptional().orElseThrow();

        RecordedDetermination recorded = new RecordedDetermination(SHIPPED_ID, WorkedExample3.low(), SUBMITTED);
        assertThat(restatements.recorded()).containsExactly(recorded);
        assertThat(restatements.current()).isEmpty();
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(r.type()).isEqualTo(DeterminationType.LOW);
            assertThat(r.recorded()).isEqualTo(recorded);
            assertThat(r.current()).isNull();
        });
    }

    @Test
    void aDeterminationTheDataYieldsButNobodyRecordedIsRestatedAsAdded() {
        app.clock().set(NOW);
        app.store(WorkedExample3.tallies());

        Restatements restatements = app.policies().restatements(SHIPPED_ID).toOptional().orElseThrow();

        assertThat(restatements.recorded()).isEmpty();
        assertThat(restatements.current()).containsExactly(WorkedExample3.low());
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.ADDED);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(r.current()).isEqualTo(WorkedExample3.low());
            assertThat(r.recorded()).isNull();
        });
    }

    @Test
    void aRevisionThatChangesTheEvidenceOfARecordedDeterminationIsRestatedAsRevised() {
        submitThenRevise(1_400);

        Restatements restatements = app.policies().restatements(SHIPPED_ID).toOptional().orElseThrow();

        assertThat(restatements.recorded()).extracting(RecordedDetermination::determination)
            .containsExactly(WorkedExample3.low());
        assertThat(restatements.current()).containsExactly(WorkedExample3.low(1_400));
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.REVISED);
            assertThat(r.current()).isEqualTo(WorkedExample3.low(1_400));
            assertThat(r.description()).contains("window ending 2024-07-10: sum 10493 then, 10400 now");
        });
    }

    @Test
    void anUnknownPolicyIsAnsweredWithNothing() {
        assertThat(app.policies().status(new GetPolicyStatusQuery.Query("no-such-policy", null))
            .toOptional()).isEmpty();
        assertThat(app.policies().timeline(new GetTimelineQuery.Query("no-such-policy", null, null, null))
            .toOptional()).isEmpty();
        assertThat(app.policies().determinations(new GetDeterminationsQuery.Query("no-such-policy", null))
            .toOptional()).isEmpty();
        assertThat(app.policies().restatements("no-such-policy").toOptional()).isEmpty();
        assertThat(app.policies().status(new GetPolicyStatusQuery.Query(null, null)).toOptional()).isEmpty();
    }

    @Test
    void thePoliciesAreListedFromTheCatalog() {
        assertThat(app.policies().list()).containsExactly(securingTheBorder());
    }
}
