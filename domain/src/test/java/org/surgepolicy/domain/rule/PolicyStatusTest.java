package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.courtOrder;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.status;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.HISTORY_START;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.averageFallsTo1499OnJuly10;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.discontinuedThroughJune;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.DailyAggregates;

/** The status "now": the state and since when, the latest average, the run below L, and the projection. */
class PolicyStatusTest {

    @Test
    void inEffectUnderP10773ProjectsTheEarliestDiscontinuationFromTheNewestReportedDay() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 7, 10), 2_000);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 11));

        assertThat(status.policyId()).isEqualTo(SHIPPED_ID);
        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.since()).isEqualTo(P10773_FROM);
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(status.versionId()).isEqualTo(P10773);
        assertThat(status.asOf()).isEqualTo("2024-07-11");
        assertThat(status.dataThrough()).isEqualTo("2024-07-10");
        assertThat(status.latestAverage()).isEqualTo(
            new WindowAverage(LocalDate.parse("2024-07-04"), LocalDate.parse("2024-07-10"), 14_000, 7));
        assertThat(status.latestAverage().average()).isEqualByComparingTo("2000.0000");
        assertThat(status.daysBelow()).isZero();
        assertThat(status.requiredDaysBelow()).isEqualTo(1);
        assertThat(status.discontinuationEffectiveOn()).isNull();
        assertThat(status.reactivationEffectiveOn()).isNull();
        // Zero from 2024-07-11: the window to 07-12 sums 10,000, LOW on 07-13, in force until 07-26.
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-07-27");
        assertThat(status.override()).isNull();
    }

    @Test
    void inEffectUnderP10817ProjectsTwentyEightDaysBelowCountingTheDaysAlreadyBelow() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 10, 31), 2_000)
            .through(LocalDate.of(2024, 11, 10), 1_400);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 11, 11));

        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.versionId()).isEqualTo(P10817);
        assertThat(status.dataThrough()).isEqualTo("2024-11-10");
        assertThat(status.latestAverage().average()).isEqualByComparingTo("1400.0000");
        // The windows to 11-06 .. 11-10 are below 10,500 (the one to 11-05 sums 10,400 + 600 = 11,000).
        assertThat(status.daysBelow()).isEqualTo(5);
        assertThat(status.requiredDaysBelow()).isEqualTo(28);
        // The 28th window below ends 12-03: LOW on 12-04, discontinued from 12-18.
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-12-18");
    }

    @Test
    void projectionIsWhatHappensWhenTheComingDaysDoStayBelow() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 10, 31), 2_000)
            .through(LocalDate.of(2024, 11, 10), 1_400);
        LocalDate projected = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 11, 11))
            .earliestPossibleDiscontinuation();

        Timeline actual = evaluate(securingTheBorder(), series.through(LocalDate.of(2025, 1, 31), 1_499)
            .aggregates(), LocalDate.of(2025, 1, 31));

        assertThat(actual.day(projected).orElseThrow().state())
            .isEqualTo(new Discontinued(LocalDate.parse("2024-12-18"), null));
        assertThat(actual.day(projected.minusDays(1)).orElseThrow().state().kind())
            .isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
    }

    @Test
    void projectionAppliesTheVersionInForceWhenTheDeterminationWouldBeMade() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 9, 24), 2_000);
        DailySeries later = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 9, 28), 2_000);

        PolicyStatus early = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 9, 25));
        PolicyStatus late = status(securingTheBorder(), later.aggregates(), LocalDate.of(2024, 9, 29));

        // LOW under p10773 on 09-27; the pending discontinuation carries across the switch.
        assertThat(early.earliestPossibleDiscontinuation()).isEqualTo("2024-10-11");
        // First window below ends 09-30; p10817 needs 28 of them: LOW on 10-28.
        assertThat(late.earliestPossibleDiscontinuation()).isEqualTo("2024-11-11");
    }

    @Test
    void staleDataCannotDiscontinueBeforeTomorrowsDetermination() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 7, 10), 2_000);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 15));

        assertThat(status.dataThrough()).isEqualTo("2024-07-10");
        assertThat(status.latestAverage().to()).isEqualTo("2024-07-10");
        // Days from 07-11 assumed below: the window to 07-12 would already be below (a LOW on 07-13), but today's
        // step (07-15) was taken with the data as it is; the first LOW is on 07-16, discontinued from 07-30.
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-07-30");
    }

    @Test
    void pendingDiscontinuationShowsItsEffectiveDate() {
        DailySeries series = averageFallsTo1499OnJuly10().through(LocalDate.of(2024, 7, 14), 1_493);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 15));

        assertThat(status.state()).isEqualTo(new DiscontinuationPending(P10773_FROM, LocalDate.parse("2024-07-11"),
            LocalDate.parse("2024-07-25")));
        assertThat(status.since()).isEqualTo("2024-07-11");
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(status.discontinuationEffectiveOn()).isEqualTo("2024-07-25");
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-07-25");
        assertThat(status.reactivationEffectiveOn()).isNull();
        assertThat(status.daysBelow()).isEqualTo(5);
        assertThat(status.latestAverage()).isEqualTo(new WindowAverage(LocalDate.parse("2024-07-08"),
            LocalDate.parse("2024-07-14"), 2 * 1_500 + 5 * 1_493, 7));
        assertThat(status.latestAverage().average()).isEqualByComparingTo("1495.0000");
    }

    @Test
    void discontinuedWithAReactivationDeterminedShowsWhenItTakesEffect() {
        DailySeries series = discontinuedThroughJune().repeat(2_500, 7);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 8));

        assertThat(status.state()).isEqualTo(new Discontinued(LocalDate.parse("2024-06-19"),
            LocalDate.parse("2024-07-09")));
        assertThat(status.since()).isEqualTo("2024-06-19");
        assertThat(status.reactivationEffectiveOn()).isEqualTo("2024-07-09");
        assertThat(status.discontinuationEffectiveOn()).isNull();
        assertThat(status.earliestPossibleDiscontinuation()).isNull();
        assertThat(status.daysBelow()).isZero();
    }

    @Test
    void discontinuedWithoutReactivationHasNothingScheduled() {
        PolicyStatus status = status(securingTheBorder(), discontinuedThroughJune().aggregates(),
            LocalDate.of(2024, 7, 1));

        assertThat(status.state()).isEqualTo(new Discontinued(LocalDate.parse("2024-06-19"), null));
        // Every window from the one to 2024-05-08 (the first with seven reported days) to 06-30.
        assertThat(status.daysBelow()).isEqualTo(24 + 30);
        assertThat(status.reactivationEffectiveOn()).isNull();
        assertThat(status.earliestPossibleDiscontinuation()).isNull();
    }

    @Test
    void overrideGivesTheEffectiveStateWhileTheRuleStateIsShownBeside() {
        PolicyOverride order = courtOrder(1, PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 6, 25), null);

        PolicyStatus status = status(securingTheBorder(), discontinuedThroughJune().aggregates(), List.of(order),
            LocalDate.of(2024, 7, 1));

        assertThat(status.state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(status.override()).isEqualTo(order);
    }

    @Test
    void beforeThePolicyStartsThereIsNoState() {
        PolicyStatus status = status(securingTheBorder(), DailyAggregates.empty(), LocalDate.of(2024, 6, 4));

        assertNoState(status);
        assertThat(status.versionId()).isEqualTo(P10773);
        assertThat(status.requiredDaysBelow()).isEqualTo(1);
    }

    @Test
    void afterThePolicyEndsThereIsNoState() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 7, 31), 2_000);

        PolicyStatus status = status(aPolicy().endingOn(LocalDate.of(2024, 7, 20)).build(), series.aggregates(),
            LocalDate.of(2024, 7, 31));

        assertNoState(status);
        assertThat(status.asOf()).isEqualTo("2024-07-31");
    }

    @Test
    void onItsLastDayAPolicyProjectsNoDiscontinuationBeyondItsEnd() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 7, 19), 2_000);

        PolicyStatus status = status(aPolicy().endingOn(LocalDate.of(2024, 7, 30)).build(), series.aggregates(),
            LocalDate.of(2024, 7, 20));

        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.earliestPossibleDiscontinuation()).isNull();
    }

    @Test
    void withoutAnyDataThereIsNoAverageAndTheProjectionStartsTomorrow() {
        PolicyStatus status = status(securingTheBorder(), DailyAggregates.empty(), LocalDate.of(2024, 6, 10));

        assertThat(status.dataThrough()).isNull();
        assertThat(status.latestAverage()).isNull();
        assertThat(status.daysBelow()).isZero();
        // Every day assumed reported below 1,500; nothing was determined up to today (06-10) on missing data, so the
        // first LOW is tomorrow, 06-11, and the policy is discontinued from 06-25.
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-06-25");
    }

    @Test
    void dataOnlyFromLongBeforeThePolicyGivesNoAverageRatherThanAnError() {
        DailySeries series = DailySeries.startingOn(LocalDate.of(2023, 1, 1)).repeat(2_000, 30);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 6, 10));

        assertThat(status.dataThrough()).isEqualTo("2023-01-30");
        assertThat(status.latestAverage()).isNull();
        assertThat(status.daysBelow()).isZero();
        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
    }

    private static void assertNoState(PolicyStatus status) {
        assertThat(status.state()).isNull();
        assertThat(status.since()).isNull();
        assertThat(status.effectiveState()).isNull();
        assertThat(status.discontinuationEffectiveOn()).isNull();
        assertThat(status.earliestPossibleDiscontinuation()).isNull();
    }
}
