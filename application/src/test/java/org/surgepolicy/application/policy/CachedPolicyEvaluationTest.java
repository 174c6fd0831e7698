package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.InMemoryTallyLedger;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.Discontinued;
import org.surgepolicy.domain.rule.PolicyStatus;

class CachedPolicyEvaluationTest {

    private final PolicyDefinition policy = securingTheBorder();
    private final InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS, policy);
    private final InMemoryTallyLedger ledger = app.ledger();
    private final EvaluationInputs inputs = app.inputs();
    private final PolicyEvaluation evaluation = app.evaluation();

    private PolicyStatus status() {
        return evaluation.evaluate(inputs.of(policy, null)).status();
    }

    @Test
    void aSecondStatusReadWithNoChangeDoesNotReadTheAggregatesAgain() {
        app.store(WorkedExample3.tallies());

        PolicyStatus first = status();
        PolicyStatus second = status();

        assertThat(second).isSameAs(first);
        assertThat(first.state()).isEqualTo(new Discontinued(WorkedExample3.DISCONTINUED_FROM, null));
        assertThat(ledger.rangeReads()).isEqualTo(1);
        assertThat(ledger.dayReads()).isEmpty();
    }

    @Test
    void afterAnAppendOnlyTheChangedDaysAreRead() {
        app.store(WorkedExample3.tallies());
        status();
        LocalDate july11 = WorkedExample3.FALL.plusDays(1);

        app.store(List.of(counted(july11, 1_400), counted(july11.plusDays(1), 1_300),
            counted(WorkedExample3.FALL, 1_493)));
        PolicyStatus after = status();

        assertThat(after.dataThrough()).isEqualTo(july11.plusDays(1));
        assertThat(ledger.rangeReads()).isEqualTo(1);
        assertThat(ledger.dayReads()).containsExactly(List.of(july11, july11.plusDays(1)));
        assertThat(evaluation.evaluate(inputs.of(policy, null)).timeline().day(july11).orElseThrow().counted()).isEqualTo(1_400L);
    }

    @Test
    void aNewOverrideIsEvaluatedWithoutReadingTheDataAgain() {
        app.store(WorkedExample3.tallies());
        PolicyStatus before = status();

        app.overrideStore().add(policy.id(), new PolicyOverride(0, PolicyStateKind.IN_EFFECT,
            LocalDate.of(2024, 7, 28), null, "Injunction", "U.S. District Court", WorkedExample3.AFTERWARDS, "admin"));
        PolicyStatus after = status();

        assertThat(before.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(after.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.override().from()).isEqualTo(LocalDate.of(2024, 7, 28));
        assertThat(ledger.rangeReads()).isEqualTo(1);
        assertThat(ledger.dayReads()).isEmpty();
    }

    @Test
    void afterMidnightInThePolicysZoneThePendingDiscontinuationTakesEffect() {
        app.store(WorkedExample3.tallies());
        app.clock().set(Instant.parse("2024-07-24T16:00:00Z"));
        PolicyStatus pending = status();

        app.clock().set(Instant.parse("2024-07-25T03:59:00Z"));
        PolicyStatus lateOnJuly24 = status();
        app.clock().set(Instant.parse("2024-07-25T04:01:00Z"));
        PolicyStatus justAfterMidnight = status();

        DiscontinuationPending expected = new DiscontinuationPending(P10773_FROM,
            WorkedExample3.LOW_ON, WorkedExample3.DISCONTINUED_FROM);
        assertThat(pending.state()).isEqualTo(expected);
        assertThat(lateOnJuly24).isSameAs(pending);
        assertThat(justAfterMidnight.asOf()).isEqualTo(WorkedExample3.DISCONTINUED_FROM);
        assertThat(justAfterMidnight.state()).isEqualTo(new Discontinued(WorkedExample3.DISCONTINUED_FROM, null));
        assertThat(ledger.rangeReads()).isEqualTo(1);
    }

    @Test
    void aWritingCallerDoesNotLeaveItsViewInTheCache() {
        app.store(WorkedExample3.tallies());

        PolicyStatus written = evaluation.evaluate(inputs.current(policy, false)).status();
        assertThat(ledger.rangeReads()).isEqualTo(1);
        PolicyStatus read = status();
        status();

        assertThat(read).isEqualTo(written);
        assertThat(ledger.rangeReads()).isEqualTo(2);
    }

    @Test
    void theDayAQuestionIsAnsweredForIsTodayOrTheDayOfKnownAtInThePolicysZone() {
        app.clock().set(Instant.parse("2024-07-20T02:00:00Z"));

        assertThat(inputs.asOf(policy, null)).isEqualTo(LocalDate.of(2024, 7, 19));
        assertThat(inputs.asOf(policy, Instant.parse("2024-07-10T03:00:00Z")))
            .isEqualTo(LocalDate.of(2024, 7, 9));
        assertThat(PolicyDefinition.latestToday(List.of(policy), app.clock().instant())).isEqualTo(LocalDate.of(2024, 7, 19));
    }

    @Test
    void aQuestionAsKnownAtAnEarlierInstantIsAnsweredFromWhatWasKnownThen() {
        app.store(WorkedExample3.tallies());
        PolicyStatus now = status();

        PolicyStatus before = evaluation.evaluate(inputs.of(policy, WorkedExample3.AFTERWARDS.minusSeconds(1)))
            .status();

        assertThat(before).isNotEqualTo(now);
        assertThat(before.dataThrough()).isNotEqualTo(now.dataThrough());
        assertThat(status()).isEqualTo(now);
    }
}
