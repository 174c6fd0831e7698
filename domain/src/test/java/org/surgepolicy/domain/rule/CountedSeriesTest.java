package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.DailySeries.dailyCounts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Window sums from prefix sums: exact, and undefined whenever a day is missing. */
class CountedSeriesTest {

    static final LocalDate ORIGIN = LocalDate.of(2024, 6, 1);
    static final long M = CountedSeries.MISSING;

    /** 06-01 .. 06-10: 100, 200, 300, 400, 500, 600, 700, missing, 900, 1000. */
    static final CountedSeries SERIES = new CountedSeries(ORIGIN.toEpochDay(),
        new long[] {100, 200, 300, 400, 500, 600, 700, M, 900, 1_000});

    @Test
    void windowSumIsTheExactSumOfItsDays() {
        assertThat(SERIES.windowSum(6, 7)).isEqualTo(2_800);
        assertThat(SERIES.windowSum(5, 3)).isEqualTo(400 + 500 + 600);
        assertThat(SERIES.windowSum(0, 1)).isEqualTo(100);
        assertThat(SERIES.windowSum(9, 2)).isEqualTo(1_900);
    }

    @Test
    void windowWithAMissingDayOrReachingOutsideTheSeriesHasNoSum() {
        assertThat(SERIES.windowSum(7, 1)).isEqualTo(M);
        assertThat(SERIES.windowSum(8, 2)).isEqualTo(M);
        assertThat(SERIES.windowSum(9, 3)).isEqualTo(M);
        assertThat(SERIES.windowSum(5, 7)).isEqualTo(M);
        assertThat(SERIES.windowSum(10, 1)).isEqualTo(M);
    }

    @Test
    void countsAndDatesAreIndexedFromTheOrigin() {
        assertThat(SERIES.length()).isEqualTo(10);
        assertThat(SERIES.date(9)).isEqualTo("2024-06-10");
        assertThat(SERIES.index(LocalDate.of(2024, 6, 8))).isEqualTo(7);
        assertThat(SERIES.count(7)).isEqualTo(M);
        assertThat(SERIES.count(-1)).isEqualTo(M);
        assertThat(SERIES.count(10)).isEqualTo(M);
        assertThat(SERIES.count(9)).isEqualTo(1_000);
    }

    @Test
    void averageCarriesTheWindowDatesSumAndDays() {
        assertThat(SERIES.average(6, 7)).isEqualTo(
            new WindowAverage(ORIGIN, LocalDate.of(2024, 6, 7), 2_800, 7));
        assertThat(SERIES.average(6, 7).average()).isEqualByComparingTo("400.0000");
        assertThat(SERIES.average(8, 7)).isNull();
    }

    @Test
    void evidenceListsEveryDayOfTheWindow() {
        EvidenceWindow evidence = SERIES.evidence(6, 3);

        assertThat(evidence.average()).isEqualTo(
            new WindowAverage(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 7), 1_800, 3));
        assertThat(evidence.dailyCounts()).isEqualTo(dailyCounts(LocalDate.of(2024, 6, 5), 500, 600, 700));
    }

    @Test
    void noEvidenceCanComeFromAnIncompleteWindow() {
        assertThatThrownBy(() -> SERIES.evidence(8, 3)).isInstanceOf(IllegalStateException.class)
            .hasMessage("no evidence from an incomplete window ending 2024-06-09");
    }

    @Test
    void runsBelowCountConsecutiveDefinedWindowsUnderTheLimitAndRestartAfterAMissingDay() {
        // Windows of 2: -, 300, 500, 700, 900, 1100, 1300, -, -, 1900.
        assertThat(SERIES.runsBelow(2, 1_000)).containsExactly(0, 1, 2, 3, 4, 0, 0, 0, 0, 0);
        assertThat(SERIES.runsBelow(2, 2_000)).containsExactly(0, 1, 2, 3, 4, 5, 6, 0, 0, 1);
        assertThat(SERIES.runsBelow(1, 500)).containsExactly(1, 2, 3, 4, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void windowAverageIsShownWithFourDecimalsRoundedHalfEven() {
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 10_493, 7).average()).isEqualByComparingTo("1499.0000")
            .hasToString("1499.0000");
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 17_499, 7).average()).hasToString("2499.8571");
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 1, 32).average()).hasToString("0.0312");
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 3, 32).average()).hasToString("0.0938");
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 0, 7).average()).hasToString("0.0000");
    }

    @Test
    void windowAverageComparesExactlyAsSums() {
        WindowAverage justBelow = new WindowAverage(ORIGIN, ORIGIN, 17_499, 7);
        WindowAverage atLeast = new WindowAverage(ORIGIN, ORIGIN, 17_500, 7);

        assertThat(justBelow.atLeast(2_500)).isFalse();
        assertThat(atLeast.atLeast(2_500)).isTrue();
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 10_499, 7).below(1_500)).isTrue();
        assertThat(new WindowAverage(ORIGIN, ORIGIN, 10_500, 7).below(1_500)).isFalse();
    }

    @Test
    void evidenceWindowMustAddUp() {
        WindowAverage average = new WindowAverage(ORIGIN, LocalDate.of(2024, 6, 2), 300, 2);

        assertThatThrownBy(() -> new EvidenceWindow(average, dailyCounts(ORIGIN, 100, 100)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
        assertThat(new EvidenceWindow(average, dailyCounts(ORIGIN, 100, 200)).dailyCounts()).hasSize(2);
    }
}
