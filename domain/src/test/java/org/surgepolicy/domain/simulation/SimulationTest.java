package org.surgepolicy.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** What-ifs: changed parameters in every version, and daily totals standing in for the data. */
class SimulationTest {

    static final LocalDate THROUGH = LocalDate.of(2024, 7, 31);

    @Test
    void givenDailyCountsAreTheWholeSeriesOnAnEmptyLedger() {
        Map<LocalDate, Long> counts = DailySeries.startingOn(P10773_FROM.minusDays(34))
            .through(LocalDate.of(2024, 7, 9), 1_500).through(THROUGH, 1_493).byDay();

        Timeline timeline = Simulation.run(new EvaluationInput(securingTheBorder(), DailyAggregates.empty(),
            List.of(), THROUGH, counts), Map.of());

        assertThat(timeline.determinations()).extracting(Determination::date, Determination::effectiveOn)
            .containsExactly(tuple(LocalDate.of(2024, 7, 11),
                LocalDate.of(2024, 7, 25)));
        assertThat(timeline.day(LocalDate.of(2024, 7, 10)).orElseThrow().counted()).isEqualTo(1_493);
    }

    @Test
    void givenCountsReplaceTheStoredTotalOfTheirDaysOnly() {
        DailyAggregates stored = DailySeries.startingOn(P10773_FROM.minusDays(34)).through(THROUGH, 2_000)
            .aggregates();

        Timeline timeline = Simulation.run(new EvaluationInput(securingTheBorder(), stored, List.of(), THROUGH,
            Map.of(LocalDate.of(2024, 7, 1), 0L, LocalDate.of(2024, 7, 2), 0L)), Map.of());

        assertThat(timeline.day(LocalDate.of(2024, 7, 1)).orElseThrow().counted()).isZero();
        assertThat(timeline.day(LocalDate.of(2024, 7, 3)).orElseThrow().counted()).isEqualTo(2_000);
        // 5 x 2,000 + 2 x 0 = 10,000 < 10,500: LOW on 07-03.
        assertThat(timeline.determinations()).extracting(Determination::date)
            .containsExactly(LocalDate.of(2024, 7, 3));
    }

    @Test
    void changedParametersApplyToEveryVersion() {
        DailyAggregates stored = DailySeries.startingOn(P10773_FROM.minusDays(34))
            .through(LocalDate.of(2024, 7, 9), 1_500).through(THROUGH, 1_493).aggregates();
        EvaluationInput input = new EvaluationInput(securingTheBorder(), stored, List.of(), THROUGH);

        Timeline timeline = Simulation.run(input, Map.of(ParameterName.CONSECUTIVE_DAYS, 5,
            ParameterName.DISCONTINUATION_DELAY, 3));

        // The windows to 07-10 .. 07-14 are the five below: LOW on 07-15, effective 07-18.
        assertThat(timeline.determinations()).extracting(Determination::date, Determination::effectiveOn)
            .containsExactly(tuple(LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 7, 18)));
    }

    @Test
    void contradictoryParametersAreRefusedNamingTheParameter() {
        EvaluationInput input = new EvaluationInput(securingTheBorder(), DailyAggregates.empty(), List.of(),
            THROUGH);

        assertThatThrownBy(() -> Simulation.run(input, Map.of(ParameterName.ACTIVATION_THRESHOLD, 1_000)))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.discontinuationThreshold", "1500 is above the activation threshold 1000:"
                    + " the discontinuation threshold must not exceed the activation threshold")));
    }
}
