package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** What the timeline reports day by day besides the states: counts, averages, runs below and events. */
class TimelineEventsTest {

    static final LocalDate LOOK_BACK_START = P10773_FROM.minusDays(7);

    @Test
    void firstDayOfAPolicyInEffectHasNoEventWhenNothingHappens() {
        DailySeries series = DailySeries.startingOn(LOOK_BACK_START).through(LocalDate.of(2024, 6, 10), 2_000);

        Timeline timeline = evaluate(aPolicy().build(), series.aggregates(), LocalDate.of(2024, 6, 10));

        assertThat(timeline.days().getFirst().date()).isEqualTo(P10773_FROM);
        assertThat(timeline.events()).isEmpty();
    }

    @Test
    void firstDayOfAPolicyStartingDiscontinuedHasNoEventWhenNothingHappens() {
        DailySeries series = DailySeries.startingOn(LOOK_BACK_START).through(LocalDate.of(2024, 6, 10), 2_000);

        Timeline timeline = evaluate(aPolicy().startingDiscontinued().build(), series.aggregates(),
            LocalDate.of(2024, 6, 10));

        assertThat(timeline.events()).isEmpty();
        assertThat(timeline.days()).allSatisfy(d -> assertThat(d.state()).isEqualTo(new Discontinued(P10773_FROM,
            null)));
    }

    @Test
    void eachDayCarriesItsCountAverageVersionAndRunBelowTheDiscontinuationThreshold() {
        DailySeries series = DailySeries.startingOn(LOOK_BACK_START).repeat(1_600, 7).counts(1_000, 1_000)
            .missing().counts(1_000);
        PolicyDefinition definition = aPolicy().withDiscontinuationDelay(30).build();

        Timeline timeline = evaluate(definition, series.aggregates(), LocalDate.of(2024, 6, 8));

        assertThat(timeline.days()).extracting(TimelineDay::date, TimelineDay::counted, TimelineDay::daysBelow)
            .containsExactly(
                tuple(LocalDate.parse("2024-06-05"), 1_000L, 0),
                tuple(LocalDate.parse("2024-06-06"), 1_000L, 1),
                tuple(LocalDate.parse("2024-06-07"), null, 0),
                tuple(LocalDate.parse("2024-06-08"), 1_000L, 0));
        assertThat(timeline.days().getFirst().average()).isEqualTo(
            new WindowAverage(LocalDate.parse("2024-05-30"), P10773_FROM, 6 * 1_600 + 1_000, 7));
        assertThat(timeline.days()).extracting(TimelineDay::versionId).containsOnly("v1");
        assertThat(timeline.days().get(2).average()).isNull();
    }

    @Test
    void theDaysBetweenTwoDatesAreThoseOfTheTimelineInThatRangeForEveryRange() {
        DailySeries series = DailySeries.startingOn(LOOK_BACK_START).through(LocalDate.of(2024, 6, 20), 2_000);
        Timeline timeline = evaluate(aPolicy().build(), series.aggregates(), LocalDate.of(2024, 6, 20));
        LocalDate first = timeline.days().getFirst().date();
        LocalDate last = timeline.days().getLast().date();

        for (LocalDate from = first.minusDays(3); !from.isAfter(last.plusDays(3)); from = from.plusDays(1)) {
            for (LocalDate to = from.minusDays(2); !to.isAfter(last.plusDays(3)); to = to.plusDays(1)) {
                LocalDate start = from;
                LocalDate end = to;
                assertThat(timeline.between(from, to)).as("%s to %s", from, to).isEqualTo(timeline.days().stream()
                    .filter(d -> !d.date().isBefore(start) && !d.date().isAfter(end)).toList());
            }
        }
        assertThat(timeline.between(first.plusDays(2), first.plusDays(4))).extracting(TimelineDay::date)
            .containsExactly(first.plusDays(2), first.plusDays(3), first.plusDays(4));
        assertThat(new Timeline(timeline.definition(), List.of()).between(first, last)).isEmpty();
    }
}
