package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * Thresholds compared as exact window sums: {@code avg >= 2500} is {@code sum >= 17500} and {@code avg < 1500} is
 * {@code sum < 10500}. The policies start on 2024-06-05; the window their first determination looks at ends 06-04.
 */
class ThresholdBoundaryTest {

    static final LocalDate LOOK_BACK_START = P10773_FROM.minusDays(7);
    static final LocalDate THROUGH = LocalDate.of(2024, 6, 30);

    /** Six days of {@code each} and a seventh making the window sum {@code sum}, then {@code after} a day. */
    static DailySeries windowSummingTo(long each, long sum, long after) {
        return DailySeries.startingOn(LOOK_BACK_START).repeat(each, 6).counts(sum - 6 * each)
            .through(THROUGH, after);
    }

    @ParameterizedTest(name = "window sum {0}: HIGH {1}")
    @CsvSource({"17499, false", "17500, true", "17501, true"})
    void activationNeedsAWindowSumOfAtLeast17500(long sum, boolean determined) {
        Timeline timeline = evaluate(aPolicy().startingDiscontinued().build(),
            windowSummingTo(2_500, sum, 2_000).aggregates(), THROUGH);

        TimelineDay first = timeline.days().getFirst();
        assertThat(first.determination() != null).isEqualTo(determined);
        assertThat(timeline.determinations()).hasSize(determined ? 1 : 0);
        assertThat(timeline.day(LocalDate.of(2024, 6, 6)).orElseThrow().state().kind())
            .isEqualTo(determined ? PolicyStateKind.IN_EFFECT : PolicyStateKind.DISCONTINUED);
    }

    @ParameterizedTest(name = "window sum {0}: LOW {1}")
    @CsvSource({"10499, true", "10500, false", "10501, false"})
    void discontinuationNeedsAWindowSumBelow10500(long sum, boolean determined) {
        Timeline timeline = evaluate(aPolicy().build(), windowSummingTo(1_500, sum, 2_000).aggregates(), THROUGH);

        assertThat(timeline.days().getFirst().determination() != null).isEqualTo(determined);
        assertThat(timeline.determinations()).hasSize(determined ? 1 : 0);
        assertThat(timeline.day(THROUGH).orElseThrow().state().kind())
            .isEqualTo(determined ? PolicyStateKind.DISCONTINUED : PolicyStateKind.IN_EFFECT);
    }

    @Test
    void anAverageThatRoundsTo2500IsNoActivation() {
        Timeline timeline = evaluate(aPolicy().startingDiscontinued().withDeterminationLag(0).build(),
            DailySeries.startingOn(LOOK_BACK_START).repeat(2_500, 6).counts(2_499).repeat(2_500, 6).counts(2_499)
                .through(THROUGH, 2_000).aggregates(), THROUGH);

        // Without a lag, the determination on a day looks at the window ending that day; every window of this
        // series holds one day of 2,499.
        WindowAverage average = timeline.days().getFirst().average();
        assertThat(average.sum()).isEqualTo(17_499);
        assertThat(average.average()).isEqualByComparingTo("2499.8571");
        assertThat(average.average().setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("2500");
        assertThat(average.atLeast(2_500)).isFalse();
        assertThat(timeline.determinations()).isEmpty();
    }

    /**
     * LOW on 06-05 from seven days of 1,000 (05-29 .. 06-04), then on 06-05 a count that brings the window to 06-05
     * (decided on 06-06) to 6,000 + that count, then nothing.
     */
    @ParameterizedTest(name = "{0}: window sum {1} cancels: {2}")
    @CsvSource({
        "ACTIVATION_THRESHOLD, 17499, false",
        "ACTIVATION_THRESHOLD, 17500, true",
        "DISCONTINUATION_THRESHOLD, 10499, false",
        "DISCONTINUATION_THRESHOLD, 10500, true"})
    void pendingDiscontinuationIsCancelledExactlyAtTheCancellingSum(CancellationThreshold cancelPendingOn, long sum,
                                                                   boolean cancelled) {
        PolicyDefinition definition = aPolicy().cancellingPendingOn(cancelPendingOn).build();
        DailySeries series = DailySeries.startingOn(LOOK_BACK_START).repeat(1_000, 7).counts(sum - 6_000)
            .through(THROUGH, 0);

        Timeline timeline = evaluate(definition, series.aggregates(), THROUGH);

        assertThat(timeline.days().getFirst().state().kind()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(timeline.days().getFirst().average().sum()).isEqualTo(sum);
        TimelineDay next = timeline.day(LocalDate.of(2024, 6, 6)).orElseThrow();
        if (cancelled) {
            assertThat(next.determination().type()).isEqualTo(DeterminationType.HIGH);
            assertThat(next.determination().effectiveOn()).isEqualTo("2024-06-06");
            assertThat(next.determination().evidence().threshold())
                .isEqualTo(cancelPendingOn == CancellationThreshold.ACTIVATION_THRESHOLD ? 2_500 : 1_500);
            assertThat(next.state()).isEqualTo(new InEffect(P10773_FROM));
        } else {
            assertThat(next.determination()).isNull();
            assertThat(timeline.day(LocalDate.of(2024, 6, 19)).orElseThrow().state())
                .isEqualTo(new Discontinued(LocalDate.of(2024, 6, 19), null));
        }
    }
}
