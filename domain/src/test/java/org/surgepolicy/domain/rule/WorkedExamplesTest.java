package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.DailySeries.dailyCounts;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_CITATION;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817_CITATION;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aVersion;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;
import static org.surgepolicy.domain.fixtures.Tallies.unaccompaniedChildren;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;

/** The worked examples of docs/rule.md, "Worked examples", on the shipped policy, with concrete dates. */
class WorkedExamplesTest {

    /** The first day the shipped policy looks at: 34 days (p10817's look-back) before it starts. */
    static final LocalDate HISTORY_START = P10773_FROM.minusDays(34);

    /**
     * Counts of 1,000 from the start: LOW on 2024-06-05 (the window to 06-04 sums 7,000), discontinued from
     * 2024-06-19, and still 1,000 a day through 2024-06-30.
     */
    static DailySeries discontinuedThroughJune() {
        return DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 6, 30), 1_000);
    }

    /** Counts of 1,500 (an average of exactly 1,500, not below it) up to 2024-07-09, then 1,493 on 2024-07-10. */
    static DailySeries averageFallsTo1499OnJuly10() {
        return DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 7, 9), 1_500).counts(1_493);
    }

    static final LocalDate JULY_10 = LocalDate.of(2024, 7, 10);

    /** The shipped policy through 2024-07-31 after {@link #averageFallsTo1499OnJuly10}, {@code count} a day after it. */
    static Timeline julyAfterTheFallTo1499(long count) {
        return evaluate(securingTheBorder(), averageFallsTo1499OnJuly10().through(LocalDate.of(2024, 7, 31), count)
            .aggregates(), LocalDate.of(2024, 7, 31));
    }

    @Nested
    class Example1 {

        @Test
        void sevenDaysOf2500WhileDiscontinuedDetermineHighTheNextDayAndReactivateTheDayAfter() {
            DailySeries series = discontinuedThroughJune().repeat(2_500, 7).through(LocalDate.of(2024, 7, 20), 2_000);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 20));

            assertThat(kind(timeline, "2024-07-07")).isEqualTo(PolicyStateKind.DISCONTINUED);
            Determination high = timeline.determinations().getLast();
            assertDetermination(high, "2024-07-08", DeterminationType.HIGH, "2024-07-09", P10773, P10773_CITATION);
            EvidenceWindow window = high.evidence().windows().getFirst();
            assertThat(high.evidence().windows()).hasSize(1);
            assertThat(window.average()).isEqualTo(
                new WindowAverage(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-07"), 17_500, 7));
            assertThat(window.average().average()).isEqualByComparingTo("2500.0000");
            assertThat(window.dailyCounts()).isEqualTo(
                dailyCounts(LocalDate.parse("2024-07-01"), 2_500, 2_500, 2_500, 2_500, 2_500, 2_500, 2_500));

            TimelineDay determinedOn = day(timeline, "2024-07-08");
            assertThat(determinedOn.state()).isEqualTo(
                new Discontinued(LocalDate.parse("2024-06-19"), LocalDate.parse("2024-07-09")));
            assertThat(determinedOn.events()).containsExactly(new PolicyEvent.DeterminationMade(
                LocalDate.parse("2024-07-08"), high));
            TimelineDay reactivated = day(timeline, "2024-07-09");
            assertThat(reactivated.state()).isEqualTo(new InEffect(LocalDate.parse("2024-07-09")));
            assertThat(reactivated.events()).containsExactly(
                new PolicyEvent.ReactivationTookEffect(LocalDate.parse("2024-07-09")));
            assertThat(timeline.determinations()).extracting(Determination::date, Determination::type)
                .containsExactly(tuple(LocalDate.parse("2024-06-05"),
                        DeterminationType.LOW),
                    tuple(LocalDate.parse("2024-07-08"), DeterminationType.HIGH));
        }
    }

    @Nested
    class Example2 {

        @Test
        void sixDaysOf2500AndOneOf2499SumTo17499AndMakeNoDetermination() {
            DailySeries series = discontinuedThroughJune().counts(2_499).repeat(2_500, 6)
                .through(LocalDate.of(2024, 7, 20), 1_000);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 20));

            TimelineDay seventh = day(timeline, "2024-07-07");
            assertThat(seventh.average().sum()).isEqualTo(17_499);
            assertThat(seventh.average().average()).isEqualByComparingTo("2499.8571");
            assertThat(timeline.determinations()).extracting(Determination::date)
                .containsExactly(LocalDate.parse("2024-06-05"));
            assertThat(timeline.between(LocalDate.parse("2024-06-19"), LocalDate.parse("2024-07-20")))
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(new Discontinued(LocalDate.parse("2024-06-19"),
                    null)));
        }
    }

    @Nested
    class Example3 {

        @Test
        void averageFallingTo1499DeterminesLowTheNextDayAndDiscontinuesFourteenDaysAfterIt() {
            Timeline timeline = julyAfterTheFallTo1499(1_493);

            assertThat(day(timeline, "2024-07-09").average().sum()).isEqualTo(10_500);
            TimelineDay d = day(timeline, "2024-07-10");
            assertThat(d.state()).isEqualTo(new InEffect(P10773_FROM));
            assertThat(d.average().average()).isEqualByComparingTo("1499.0000");
            assertThat(d.daysBelow()).isEqualTo(1);
            assertThat(timeline.determinations()).hasSize(1);
            Determination low = timeline.determinations().getFirst();
            assertDetermination(low, "2024-07-11", DeterminationType.LOW, "2024-07-25", P10773, P10773_CITATION);
            assertThat(low.evidence().windows()).singleElement().satisfies(w -> {
                assertThat(w.average()).isEqualTo(
                    new WindowAverage(LocalDate.parse("2024-07-04"), JULY_10, 10_493, 7));
                assertThat(w.dailyCounts()).isEqualTo(
                    dailyCounts(LocalDate.parse("2024-07-04"), 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, 1_493));
            });

            DiscontinuationPending pending = new DiscontinuationPending(P10773_FROM, LocalDate.parse("2024-07-11"),
                LocalDate.parse("2024-07-25"));
            assertThat(timeline.between(LocalDate.parse("2024-07-11"), LocalDate.parse("2024-07-24")))
                .hasSize(14).allSatisfy(day -> assertThat(day.state()).isEqualTo(pending));
            TimelineDay discontinued = day(timeline, "2024-07-25");
            assertThat(discontinued.state()).isEqualTo(new Discontinued(LocalDate.parse("2024-07-25"), null));
            assertThat(discontinued.events()).containsExactly(
                new PolicyEvent.DiscontinuationTookEffect(LocalDate.parse("2024-07-25")));
            assertThat(kind(timeline, "2024-07-31")).isEqualTo(PolicyStateKind.DISCONTINUED);
        }
    }

    @Nested
    class Example4 {

        @Test
        void windowAveraging2600DuringTheWaitCancelsThePendingDiscontinuationAtOnce() {
            Timeline timeline = julyAfterTheFallTo1499(2_600);

            assertThat(day(timeline, "2024-07-16").average().sum()).isEqualTo(1_493 + 6 * 2_600);
            assertThat(kind(timeline, "2024-07-17")).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
            assertThat(timeline.determinations()).extracting(Determination::date, Determination::type)
                .containsExactly(tuple(LocalDate.parse("2024-07-11"),
                        DeterminationType.LOW),
                    tuple(LocalDate.parse("2024-07-18"), DeterminationType.HIGH));
            Determination high = timeline.determinations().getLast();
            assertThat(high.effectiveOn()).isEqualTo("2024-07-18");
            assertThat(high.evidence().threshold()).isEqualTo(2_500);
            assertThat(high.evidence().windows()).singleElement().extracting(EvidenceWindow::average)
                .isEqualTo(new WindowAverage(LocalDate.parse("2024-07-11"), LocalDate.parse("2024-07-17"),
                    18_200, 7));
            assertThat(day(timeline, "2024-07-18").state()).isEqualTo(new InEffect(P10773_FROM));
            assertThat(timeline.between(LocalDate.parse("2024-07-18"), LocalDate.parse("2024-07-31")))
                .allSatisfy(d -> assertThat(d.state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT));
            assertThat(timeline.events()).noneMatch(e -> e instanceof PolicyEvent.DiscontinuationTookEffect);
        }
    }

    @Nested
    class Example5 {

        @Test
        void averagesClimbingTo2000DuringTheWaitDoNotCancelTheDiscontinuation() {
            Timeline timeline = julyAfterTheFallTo1499(2_000);

            TimelineDay lastDayOfWait = day(timeline, "2024-07-24");
            assertThat(lastDayOfWait.average().average()).isEqualByComparingTo("2000.0000");
            assertThat(lastDayOfWait.state().kind()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
            assertThat(timeline.determinations()).extracting(Determination::date)
                .containsExactly(LocalDate.parse("2024-07-11"));
            assertThat(day(timeline, "2024-07-25").state())
                .isEqualTo(new Discontinued(LocalDate.parse("2024-07-25"), null));
            assertThat(kind(timeline, "2024-07-31")).isEqualTo(PolicyStateKind.DISCONTINUED);
        }
    }

    @Nested
    class Example6 {

        @Test
        void underP10817AveragesBelow1500FromDayDDetermineLowOnDayDPlus28() {
            LocalDate d = LocalDate.of(2024, 11, 1);
            DailySeries series = DailySeries.startingOn(HISTORY_START).through(d.minusDays(1), 1_500)
                .through(LocalDate.of(2024, 12, 31), 1_493);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 12, 31));

            assertThat(day(timeline, "2024-10-31").daysBelow()).isZero();
            assertThat(day(timeline, "2024-11-27").daysBelow()).isEqualTo(27);
            assertThat(day(timeline, "2024-11-28").daysBelow()).isEqualTo(28);
            assertThat(kind(timeline, "2024-11-28")).isEqualTo(PolicyStateKind.IN_EFFECT);
            assertThat(timeline.determinations()).hasSize(1);
            Determination low = timeline.determinations().getFirst();
            assertThat(low.date()).isEqualTo(d.plusDays(28));
            assertDetermination(low, "2024-11-29", DeterminationType.LOW, "2024-12-13", P10817, P10817_CITATION);
            List<EvidenceWindow> windows = low.evidence().windows();
            assertThat(windows).hasSize(28);
            assertThat(windows.getFirst().average()).isEqualTo(
                new WindowAverage(LocalDate.parse("2024-10-26"), d, 10_493, 7));
            assertThat(windows.getLast().average()).isEqualTo(
                new WindowAverage(LocalDate.parse("2024-11-22"), LocalDate.parse("2024-11-28"), 7 * 1_493, 7));
            assertThat(windows).extracting(w -> w.average().to())
                .containsExactlyElementsOf(d.datesUntil(d.plusDays(28)).toList());
            assertThat(low.from()).isEqualTo("2024-10-26");
            assertThat(low.to()).isEqualTo("2024-11-28");
            assertThat(day(timeline, "2024-12-13").state())
                .isEqualTo(new Discontinued(LocalDate.parse("2024-12-13"), null));
        }
    }

    @Nested
    class Example7 {

        /** 2,500 a day from 2024-07-01 while discontinued; one of those days missing. */
        static DailySeries highWeekWithMissingDay(int position) {
            return discontinuedThroughJune().repeat(2_500, position).missing()
                .through(LocalDate.of(2024, 7, 31), 2_500);
        }

        @ParameterizedTest(name = "missing day 2024-07-0{0}")
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
        void missingDayInsideTheWindowPreventsAnyDeterminationUntilSevenReportedDaysFollowIt(int dayOfMonth) {
            LocalDate missing = LocalDate.of(2024, 7, dayOfMonth);

            Timeline timeline = evaluate(securingTheBorder(), highWeekWithMissingDay(dayOfMonth - 1).aggregates(),
                LocalDate.of(2024, 7, 31));

            TimelineDay missingDay = day(timeline, missing.toString());
            assertThat(missingDay.counted()).isNull();
            assertThat(missingDay.average()).isNull();
            assertThat(timeline.between(missing, missing.plusDays(6)))
                .allSatisfy(d -> assertThat(d.average()).isNull());
            assertThat(timeline.between(LocalDate.parse("2024-06-06"), missing.plusDays(7)))
                .allSatisfy(d -> assertThat(d.determination()).isNull());
            Determination high = day(timeline, missing.plusDays(8).toString()).determination();
            assertThat(high.type()).isEqualTo(DeterminationType.HIGH);
            assertThat(high.effectiveOn()).isEqualTo(missing.plusDays(9));
            assertThat(high.from()).isEqualTo(missing.plusDays(1));
            assertThat(high.to()).isEqualTo(missing.plusDays(7));
            assertThat(kind(timeline, missing.plusDays(9).toString())).isEqualTo(PolicyStateKind.IN_EFFECT);
        }

        @Test
        void withoutTheMissingDayTheSameWeekDeterminesHighOnJuly8() {
            DailySeries series = discontinuedThroughJune().through(LocalDate.of(2024, 7, 31), 2_500);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 31));

            assertThat(timeline.determinations()).extracting(Determination::date)
                .containsExactly(LocalDate.parse("2024-06-05"), LocalDate.parse("2024-07-08"));
        }

        @Test
        void underP10817AMissingDayRestartsTheTwentyEightDayCount() {
            LocalDate missing = LocalDate.of(2024, 11, 10);
            DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 10, 31), 1_500)
                .through(missing.minusDays(1), 1_000).missing().through(LocalDate.of(2025, 1, 31), 1_000);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2025, 1, 31));

            assertThat(day(timeline, "2024-11-09").daysBelow()).isEqualTo(9);
            assertThat(timeline.between(missing, missing.plusDays(6)))
                .allSatisfy(d -> assertThat(d.daysBelow()).isZero());
            assertThat(day(timeline, "2024-11-17").daysBelow()).isEqualTo(1);
            Determination low = timeline.determinations().getFirst();
            assertThat(low.date()).isEqualTo(missing.plusDays(7 + 28));
            assertThat(low.from()).isEqualTo(missing.plusDays(1));
        }
    }

    @Nested
    class Example8 {

        @Test
        void fromOctober1TheWindowsBeforeTheSwitchAreCountedWithUnaccompaniedChildrenOfEveryCountry() {
            DailySeries series = discontinuedThroughJune().through(LocalDate.of(2024, 10, 15), 2_400);
            List<Tally> tallies = series.tallies((day, count) -> List.of(
                counted(day, count),
                unaccompaniedChildren(day, "GUATEMALA", 200)));

            Timeline timeline = evaluate(securingTheBorder(),
                DailyAggregates.of(tallies), LocalDate.of(2024, 10, 15));

            assertThat(day(timeline, "2024-09-30").counted()).isEqualTo(2_400);
            assertThat(day(timeline, "2024-09-30").average().sum()).isEqualTo(7 * 2_400);
            assertThat(day(timeline, "2024-10-01").counted()).isEqualTo(2_600);
            Determination high = timeline.determinations().getLast();
            assertDetermination(high, "2024-10-01", DeterminationType.HIGH, "2024-10-02", P10817, P10817_CITATION);
            assertThat(high.evidence().windows()).singleElement().satisfies(w -> {
                assertThat(w.average()).isEqualTo(new WindowAverage(LocalDate.parse("2024-09-24"),
                    LocalDate.parse("2024-09-30"), 7 * 2_600, 7));
                assertThat(w.dailyCounts()).isEqualTo(dailyCounts(LocalDate.parse("2024-09-24"),
                    2_600, 2_600, 2_600, 2_600, 2_600, 2_600, 2_600));
            });
            assertThat(day(timeline, "2024-10-01").versionId()).isEqualTo(P10817);
            assertThat(day(timeline, "2024-09-30").versionId()).isEqualTo(P10773);
        }

        @Test
        void theStateCarriesAcrossTheSwitchUnchanged() {
            DailySeries series = averageFallsTo1499OnJuly10().through(LocalDate.of(2024, 10, 10), 2_000);

            Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 10, 10));

            assertThat(day(timeline, "2024-09-30").state()).isEqualTo(
                new Discontinued(LocalDate.parse("2024-07-25"), null));
            assertThat(day(timeline, "2024-10-01").state()).isEqualTo(
                new Discontinued(LocalDate.parse("2024-07-25"), null));
            assertThat(day(timeline, "2024-10-01").events()).isEmpty();
        }

        @ParameterizedTest(name = "{0} unaccompanied children of Guatemala a day")
        @ValueSource(longs = {50, 200})
        void lowOnOctober1NeedsTwentyEightAveragesBelow1500CountedWithTheNewRule(long children) {
            // p10773 here discontinues below 1,000, so that 1,400 a day leaves the policy in effect until the switch.
            PolicyDefinition definition = aPolicy().withVersions(
                    aVersion(P10773).withDiscontinuationThreshold(1_000),
                    aVersion(P10817)
                        .from(P10817_FROM)
                        .withConsecutiveDays(28).countingUnaccompaniedChildrenOfEveryCountry())
                .build();
            DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 10, 5), 1_400);
            DailyAggregates data = DailyAggregates.of(series.tallies((day, count) -> List.of(
                counted(day, count),
                unaccompaniedChildren(day, "GUATEMALA", children))));

            Timeline timeline = evaluate(definition, data, LocalDate.of(2024, 10, 5));

            assertThat(day(timeline, "2024-09-30").state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT);
            if (children == 50) {
                Determination low = timeline.determinations().getFirst();
                assertThat(low.date()).isEqualTo("2024-10-01");
                assertThat(low.versionId()).isEqualTo(P10817);
                assertThat(low.evidence().windows()).hasSize(28);
                assertThat(low.from()).isEqualTo("2024-08-28");
                assertThat(low.to()).isEqualTo("2024-09-30");
                assertThat(low.evidence().windows()).allSatisfy(w -> assertThat(w.average().sum())
                    .isEqualTo(7 * 1_450));
            } else {
                assertThat(timeline.determinations()).isEmpty();
                assertThat(day(timeline, "2024-10-05").average().average()).isEqualByComparingTo(
                    new BigDecimal("1600.0000"));
            }
        }
    }

    /** What a determination found, on which day, with what effect, under which text and threshold. */
    static void assertDetermination(Determination determination, String date, DeterminationType type,
                                    String effectiveOn, String versionId, String citation) {
        assertThat(determination.date()).isEqualTo(date);
        assertThat(determination.type()).isEqualTo(type);
        assertThat(determination.effectiveOn()).isEqualTo(effectiveOn);
        assertThat(determination.versionId()).isEqualTo(versionId);
        assertThat(determination.citation()).isEqualTo(citation);
        assertThat(determination.evidence().threshold()).isEqualTo(type == DeterminationType.HIGH ? 2_500 : 1_500);
        assertThat(determination.evidence().comparison()).isEqualTo(type == DeterminationType.HIGH ? ">=" : "<");
    }

    static TimelineDay day(Timeline timeline, String date) {
        return timeline.day(LocalDate.parse(date)).orElseThrow(() -> new AssertionError("no day " + date));
    }

    static PolicyStateKind kind(Timeline timeline, String date) {
        return day(timeline, date).state().kind();
    }
}
