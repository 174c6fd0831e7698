package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The 14-day wait: LOW on 2024-06-05 from seven days of 1,000, effective 06-19; from 06-05 the counts rise, and
 * which threshold cancels decides what follows.
 */
class PendingDiscontinuationTest {

    static final LocalDate THROUGH = LocalDate.of(2024, 7, 15);

    static DailySeries lowThenRisingTo(long count) {
        return DailySeries.startingOn(P10773_FROM.minusDays(7)).repeat(1_000, 7).through(THROUGH, count);
    }

    @Test
    void reboundIntoTheBandDoesNotCancelUnderTheLiteralReading() {
        Timeline timeline = evaluate(aPolicy().build(), lowThenRisingTo(2_000).aggregates(), THROUGH);

        assertThat(timeline.day(LocalDate.of(2024, 6, 18)).orElseThrow().average().average())
            .isEqualByComparingTo("2000.0000");
        assertThat(timeline.determinations()).extracting(Determination::date)
            .containsExactly(LocalDate.of(2024, 6, 5));
        assertThat(timeline.day(LocalDate.of(2024, 6, 19)).orElseThrow().state())
            .isEqualTo(new Discontinued(LocalDate.of(2024, 6, 19), null));
        assertThat(timeline.day(THROUGH).orElseThrow().state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED);
    }

    @Test
    void reboundIntoTheBandCancelsWhenTheDiscontinuationThresholdCancels() {
        Timeline timeline = evaluate(aPolicy().cancellingPendingOn(CancellationThreshold.DISCONTINUATION_THRESHOLD)
            .build(), lowThenRisingTo(2_000).aggregates(), THROUGH);

        // The window to 06-08 holds four days of 2,000: 11,000, the first at or above 10,500.
        Determination cancel = timeline.determinations().get(1);
        assertThat(cancel.date()).isEqualTo("2024-06-09");
        assertThat(cancel.type()).isEqualTo(DeterminationType.HIGH);
        assertThat(cancel.effectiveOn()).isEqualTo("2024-06-09");
        assertThat(cancel.evidence().threshold()).isEqualTo(1_500);
        assertThat(cancel.evidence().comparison()).isEqualTo(">=");
        assertThat(cancel.evidence().windows()).singleElement().extracting(EvidenceWindow::average)
            .isEqualTo(new WindowAverage(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 8), 11_000, 7));
        assertThat(timeline.day(LocalDate.of(2024, 6, 9)).orElseThrow().state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(timeline.determinations()).hasSize(2);
        assertThat(timeline.between(LocalDate.of(2024, 6, 9), THROUGH))
            .allSatisfy(d -> assertThat(d.state()).isEqualTo(new InEffect(P10773_FROM)));
    }

    @Test
    void activationLevelAverageCancelsUnderEitherSetting() {
        for (CancellationThreshold setting : CancellationThreshold.values()) {
            Timeline timeline = evaluate(aPolicy().cancellingPendingOn(setting).build(),
                lowThenRisingTo(3_000).aggregates(), THROUGH);

            assertThat(timeline.determinations()).extracting(Determination::type)
                .as(setting.name()).containsExactly(DeterminationType.LOW, DeterminationType.HIGH);
            assertThat(timeline.events()).as(setting.name())
                .noneMatch(e -> e instanceof PolicyEvent.DiscontinuationTookEffect);
        }
    }

    @Test
    void highDeterminationWhileInEffectChangesNothingAndIsNotRecorded() {
        DailySeries series = DailySeries.startingOn(P10773_FROM.minusDays(7)).through(THROUGH, 3_000);

        Timeline timeline = evaluate(aPolicy().build(), series.aggregates(), THROUGH);

        assertThat(timeline.determinations()).isEmpty();
        assertThat(timeline.events()).isEmpty();
    }

    @Test
    void withoutADiscontinuationDelayTheLowDeterminationDiscontinuesAtOnce() {
        Timeline timeline = evaluate(aPolicy().withDiscontinuationDelay(0).build(),
            lowThenRisingTo(1_000).aggregates(), THROUGH);

        TimelineDay first = timeline.days().getFirst();
        assertThat(first.state()).isEqualTo(new Discontinued(P10773_FROM, null));
        assertThat(first.determination().effectiveOn()).isEqualTo(P10773_FROM);
    }

    @Test
    void withoutAnActivationDelayTheHighDeterminationReactivatesAtOnce() {
        DailySeries series = DailySeries.startingOn(P10773_FROM.minusDays(7)).repeat(3_000, 7)
            .through(THROUGH, 3_000);

        Timeline timeline = evaluate(aPolicy().startingDiscontinued().withActivationDelay(0).build(),
            series.aggregates(), THROUGH);

        assertThat(timeline.days().getFirst().state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(timeline.determinations()).singleElement().extracting(Determination::effectiveOn)
            .isEqualTo(P10773_FROM);
    }

    @Test
    void aSecondHighWhileAReactivationIsAwaitedIsNotRecorded() {
        DailySeries series = DailySeries.startingOn(P10773_FROM.minusDays(7)).through(THROUGH, 3_000);

        Timeline timeline = evaluate(aPolicy().startingDiscontinued().withActivationDelay(5).build(),
            series.aggregates(), THROUGH);

        assertThat(timeline.determinations()).singleElement().extracting(Determination::effectiveOn)
            .isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(timeline.day(LocalDate.of(2024, 6, 9)).orElseThrow().state())
            .isEqualTo(new Discontinued(P10773_FROM, LocalDate.of(2024, 6, 10)));
        assertThat(timeline.day(LocalDate.of(2024, 6, 10)).orElseThrow().state())
            .isEqualTo(new InEffect(LocalDate.of(2024, 6, 10)));
    }
}
