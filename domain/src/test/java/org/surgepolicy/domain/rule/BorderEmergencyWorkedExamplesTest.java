package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.CITATION;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.DISCRETIONARY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.EFFECTIVE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_DAY;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.VERSION;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.decision;
import static org.surgepolicy.domain.fixtures.DailySeries.dailyCounts;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluateDecided;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The worked examples of docs/rule.md, "A second rule", on the shipped {@code border-emergency-authority}, with dates.
 */
class BorderEmergencyWorkedExamplesTest {

    static final LocalDate JULY_1 = LocalDate.of(2024, 7, 1);
    static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    static final LocalDate JULY_9 = LocalDate.of(2024, 7, 9);
    static final LocalDate END_OF_JULY = LocalDate.of(2024, 7, 31);

    /** 1,000 a day from the first day looked at through 2024-06-30: nothing is ever determined on these days. */
    static DailySeries quietJune() {
        return DailySeries.startingOn(HISTORY_START).through(JULY_1.minusDays(1), 1_000);
    }

    static TimelineDay day(Timeline timeline, String date) {
        return timeline.day(LocalDate.parse(date)).orElseThrow();
    }

    @Nested
    class Example1 {

        @Test
        void sevenDaysAt5000DetermineMandatoryAverageTheNextDayInEffectTheDayAfter() {
            DailySeries series = quietJune().repeat(5_000, 7).through(END_OF_JULY, 4_500);

            Timeline timeline = evaluate(borderEmergencyAuthority(), series.aggregates(), END_OF_JULY);

            assertThat(timeline.between(EFFECTIVE, JULY_8.minusDays(1)))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(new Discontinued(EFFECTIVE, null)));
            // Six days at 5,000 and one at 1,000 (31,000) already meet the discretionary condition, and change nothing.
            assertThat(timeline.determinations()).extracting(Determination::date, Determination::trigger)
                .containsExactly(tuple(JULY_8.minusDays(1), DISCRETIONARY_AVERAGE), tuple(JULY_8, MANDATORY_AVERAGE));
            Determination high = timeline.determinations().getLast();
            assertThat(high).isEqualTo(new Determination(JULY_8, DeterminationType.HIGH, JULY_9, VERSION, CITATION,
                new Evidence(List.of(new EvidenceWindow(new WindowAverage(JULY_1, JULY_8.minusDays(1), 35_000, 7),
                    dailyCounts(JULY_1, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000))), 5_000, ">=",
                    MANDATORY_AVERAGE), false));
            assertThat(day(timeline, "2024-07-08").state())
                .isEqualTo(new Discontinued(EFFECTIVE, JULY_9, MANDATORY_AVERAGE));
            assertThat(day(timeline, "2024-07-08").trigger()).isEqualTo(MANDATORY_AVERAGE);
            assertThat(day(timeline, "2024-07-09").state()).isEqualTo(new InEffect(JULY_9, MANDATORY_AVERAGE));
            assertThat(day(timeline, "2024-07-09").events())
                .containsExactly(new PolicyEvent.ReactivationTookEffect(JULY_9));
        }
    }

    @Nested
    class Example2 {

        @Test
        void sixDaysAt3000AndOneAt8500DetermineMandatoryDayThoughTheAverageIsOnly3785() {
            DailySeries series = quietJune().repeat(3_000, 6).counts(8_500).through(JULY_8.plusDays(7), 3_000);

            Timeline timeline = evaluate(borderEmergencyAuthority(), series.aggregates(), JULY_8.plusDays(7));

            assertThat(day(timeline, "2024-07-07").average().average()).isEqualByComparingTo("3785.7143");
            assertThat(timeline.determinations()).singleElement().satisfies(high -> {
                assertThat(high.date()).isEqualTo(JULY_8);
                assertThat(high.trigger()).isEqualTo(MANDATORY_DAY);
                assertThat(high.effectiveOn()).isEqualTo(JULY_9);
                assertThat(high.evidence().threshold()).isEqualTo(8_500);
                assertThat(high.evidence().windows()).singleElement().satisfies(w -> {
                    assertThat(w.average()).isEqualTo(new WindowAverage(JULY_8.minusDays(1), JULY_8.minusDays(1),
                        8_500, 1));
                    assertThat(w.dailyCounts()).isEqualTo(dailyCounts(JULY_8.minusDays(1), 8_500));
                });
            });
            assertThat(day(timeline, "2024-07-09").state()).isEqualTo(new InEffect(JULY_9, MANDATORY_DAY));
        }
    }

    @Nested
    class Example3 {

        static DailySeries sevenDaysAt4000() {
            return quietJune().repeat(4_000, 7).through(END_OF_JULY, 1_000);
        }

        @Test
        void sevenDaysAt4000MakeADiscretionaryFindingThatChangesNothingWithoutADecision() {
            Timeline timeline = evaluate(borderEmergencyAuthority(), sevenDaysAt4000().aggregates(), END_OF_JULY);

            assertThat(timeline.determinations()).singleElement().satisfies(finding -> {
                assertThat(finding.date()).isEqualTo(JULY_8);
                assertThat(finding.type()).isEqualTo(DeterminationType.HIGH);
                assertThat(finding.trigger()).isEqualTo(DISCRETIONARY_AVERAGE);
                assertThat(finding.effectiveOn()).isEqualTo(JULY_8);
                assertThat(finding.evidence().threshold()).isEqualTo(4_000);
                assertThat(finding.evidence().windows().getFirst().average().sum()).isEqualTo(28_000);
            });
            assertThat(timeline.days()).allSatisfy(d -> assertThat(d.state())
                .isEqualTo(new Discontinued(EFFECTIVE, null)));
        }

        @Test
        void withAnActivationDecisionOnTheDayOfTheFindingItIsInEffectFromTheNextDay() {
            Timeline timeline = evaluateDecided(borderEmergencyAuthority(), sevenDaysAt4000().aggregates(),
                List.of(decision(1, JULY_8, JULY_8)), END_OF_JULY);

            TimelineDay decided = day(timeline, "2024-07-08");
            assertThat(decided.state()).isEqualTo(new Discontinued(EFFECTIVE, JULY_9, DISCRETIONARY_AVERAGE));
            assertThat(decided.determination().effectiveOn()).isEqualTo(JULY_9);
            assertThat(decided.events()).containsExactly(
                new PolicyEvent.DeterminationMade(JULY_8, decided.determination()),
                new PolicyEvent.ActivationDecided(JULY_8, decision(1, JULY_8, JULY_8), JULY_9));
            assertThat(timeline.between(JULY_9, LocalDate.of(2024, 7, 16)))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(new InEffect(JULY_9, DISCRETIONARY_AVERAGE)));
        }
    }

    @Nested
    class Example4 {

        /** Activated by 5,000 a day as in example 1 (in effect from 2024-07-09), then {@code count} a day. */
        static Timeline afterMandatoryActivation(long count) {
            DailySeries series = quietJune().repeat(5_000, 7).through(LocalDate.of(2024, 9, 30), count);
            return evaluate(borderEmergencyAuthority(), series.aggregates(), LocalDate.of(2024, 9, 30));
        }

        @Test
        void afterAMandatoryActivationSevenAveragesOf3749ReleaseItFourteenDaysLater() {
            Timeline timeline = afterMandatoryActivation(3_749);

            // The windows ending 2024-07-14 to 2024-07-20 are the first seven of 3,749 a day.
            Determination low = timeline.determinations().getLast();
            assertThat(low.date()).isEqualTo("2024-07-21");
            assertThat(low.type()).isEqualTo(DeterminationType.LOW);
            assertThat(low.trigger()).isEqualTo(MANDATORY_AVERAGE);
            assertThat(low.evidence().threshold()).isEqualTo(3_750);
            assertThat(low.evidence().windows()).hasSize(7).allSatisfy(w -> assertThat(w.average().sum())
                .isEqualTo(26_243));
            assertThat(low.effectiveOn()).isEqualTo("2024-08-04");
            assertThat(day(timeline, "2024-08-03").state())
                .isEqualTo(new DiscontinuationPending(JULY_9, LocalDate.parse("2024-07-21"),
                    LocalDate.parse("2024-08-04"), MANDATORY_AVERAGE));
            assertThat(day(timeline, "2024-08-04").state())
                .isEqualTo(new Discontinued(LocalDate.parse("2024-08-04"), null));
        }

        @Test
        void afterAMandatoryActivationAveragesOf3750NeverReleaseIt() {
            Timeline timeline = afterMandatoryActivation(3_750);

            assertThat(timeline.determinations()).extracting(Determination::date)
                .containsExactly(JULY_8.minusDays(1), JULY_8);
            assertThat(timeline.between(JULY_9, LocalDate.of(2024, 9, 30)))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(new InEffect(JULY_9, MANDATORY_AVERAGE)));
        }

        /** Activated by a decision on the discretionary finding of example 3, then {@code count} a day. */
        static Timeline afterDiscretionaryActivation(long count) {
            DailySeries series = quietJune().repeat(4_000, 7).through(LocalDate.of(2024, 9, 30), count);
            return evaluateDecided(borderEmergencyAuthority(), series.aggregates(),
                List.of(decision(1, JULY_8, JULY_8)), LocalDate.of(2024, 9, 30));
        }

        @Test
        void afterADiscretionaryActivationAveragesOf3000DoNotReleaseIt() {
            Timeline timeline = afterDiscretionaryActivation(3_000);

            assertThat(timeline.determinations()).extracting(Determination::date).containsExactly(JULY_8);
            assertThat(day(timeline, "2024-09-30").state()).isEqualTo(new InEffect(JULY_9, DISCRETIONARY_AVERAGE));
        }

        @Test
        void afterADiscretionaryActivationAveragesOf2999ReleaseIt() {
            Timeline timeline = afterDiscretionaryActivation(2_999);

            Determination low = timeline.determinations().getLast();
            assertThat(low.date()).isEqualTo("2024-07-21");
            assertThat(low.trigger()).isEqualTo(DISCRETIONARY_AVERAGE);
            assertThat(low.evidence().threshold()).isEqualTo(3_000);
            assertThat(low.evidence().windows()).allSatisfy(w -> assertThat(w.average().sum()).isEqualTo(20_993));
            assertThat(day(timeline, "2024-08-04").state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED);
        }
    }

    @Nested
    class Example5 {

        static final LocalDate LAST_DAY_IN_EFFECT = LocalDate.of(2025, 3, 2);
        static final LocalDate DAY_300 = EFFECTIVE.plusDays(299);
        static final LocalDate SECOND_YEAR = LocalDate.of(2025, 6, 5);

        /**
         * 6,000 a day from the start (in effect from 2024-06-06) until the cap is used up on 2025-03-02 and beyond,
         * through 2025-03-10; then 1,000 a day, but 5,000 on the seven days before day 300 (2025-03-31); and 6,000
         * again from 2025-05-29, so that a trigger holds on the last day of the first year and the first of the second.
         */
        static Timeline cappedYear() {
            DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2025, 3, 10), 6_000)
                .through(DAY_300.minusDays(8), 1_000).repeat(5_000, 7).through(LocalDate.of(2025, 5, 28), 1_000)
                .through(LocalDate.of(2025, 6, 30), 6_000);
            return evaluate(borderEmergencyAuthority(), series.aggregates(), LocalDate.of(2025, 6, 30));
        }

        @Test
        void afterTwoHundredSeventyDaysInEffectItEndsThoughAveragesStayAbove5000() {
            Timeline timeline = cappedYear();

            assertThat(timeline.determinations().getFirst().date()).isEqualTo(EFFECTIVE);
            assertThat(timeline.between(EFFECTIVE.plusDays(1), LAST_DAY_IN_EFFECT)).hasSize(270)
                .allSatisfy(d -> assertThat(d.state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT));
            TimelineDay last = timeline.day(LAST_DAY_IN_EFFECT).orElseThrow();
            assertThat(last.capDaysUsed()).isEqualTo(270);
            assertThat(last.capDaysLeft()).isZero();
            TimelineDay ended = timeline.day(LAST_DAY_IN_EFFECT.plusDays(1)).orElseThrow();
            assertThat(ended.state()).isEqualTo(new CapReached(LAST_DAY_IN_EFFECT.plusDays(1), SECOND_YEAR));
            assertThat(ended.average().sum()).isEqualTo(42_000);
            assertThat(ended.events()).startsWith(new PolicyEvent.CapUsedUp(ended.date(), SECOND_YEAR));
            assertThat(ended.capReached()).isTrue();
            assertThat(ended.capDaysUsed()).isEqualTo(270);
        }

        @Test
        void aMandatoryTriggerOnDay300IsRecordedCapReachedAndChangesNothing() {
            Timeline timeline = cappedYear();

            TimelineDay day300 = timeline.day(DAY_300).orElseThrow();
            assertThat(day300.determination()).satisfies(d -> {
                assertThat(d.trigger()).isEqualTo(MANDATORY_AVERAGE);
                assertThat(d.capReached()).isTrue();
                assertThat(d.effectiveOn()).isEqualTo(DAY_300);
                assertThat(d.evidence().windows().getFirst().average().sum()).isEqualTo(35_000);
            });
            assertThat(day300.state()).isEqualTo(new CapReached(LAST_DAY_IN_EFFECT.plusDays(1), SECOND_YEAR));
            assertThat(timeline.between(LAST_DAY_IN_EFFECT.plusDays(1), SECOND_YEAR.minusDays(1)))
                .allSatisfy(d -> assertThat(d.state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED));
        }

        @Test
        void onTheFirstDayOfTheSecondYearTheNextTriggerActivatesItAgain() {
            Timeline timeline = cappedYear();

            TimelineDay lastOfFirstYear = timeline.day(SECOND_YEAR.minusDays(1)).orElseThrow();
            assertThat(lastOfFirstYear.capReached()).isTrue();
            assertThat(lastOfFirstYear.capDaysLeft()).isZero();
            TimelineDay first = timeline.day(SECOND_YEAR).orElseThrow();
            assertThat(first.events()).extracting(PolicyEvent::getClass).containsExactly(
                PolicyEvent.CapPeriodBegan.class, PolicyEvent.DeterminationMade.class);
            assertThat(first.determination().capReached()).isFalse();
            assertThat(first.determination().trigger()).isEqualTo(MANDATORY_AVERAGE);
            assertThat(first.state()).isEqualTo(new Discontinued(LAST_DAY_IN_EFFECT.plusDays(1),
                SECOND_YEAR.plusDays(1), MANDATORY_AVERAGE));
            assertThat(first.cap()).isEqualTo(new CapUsage(SECOND_YEAR, LocalDate.of(2026, 6, 4), 225, 0));
            TimelineDay again = timeline.day(SECOND_YEAR.plusDays(1)).orElseThrow();
            assertThat(again.state()).isEqualTo(new InEffect(SECOND_YEAR.plusDays(1), MANDATORY_AVERAGE));
            assertThat(again.capDaysUsed()).isEqualTo(1);
            assertThat(again.capDaysLeft()).isEqualTo(224);
            assertThat(timeline.determinations()).filteredOn(d -> !d.capReached())
                .extracting(Determination::date, Determination::trigger)
                .containsExactly(tuple(EFFECTIVE, MANDATORY_AVERAGE), tuple(SECOND_YEAR, MANDATORY_AVERAGE));
        }
    }
}
