package org.surgepolicy.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Sweeps: every combination of the axes' values run over the history, counted rather than kept. */
class ParameterSweepTest {

    static final LocalDate THROUGH = LocalDate.of(2024, 7, 31);

    /** docs/rule.md, worked example 3 on the shipped policy: LOW on 2024-07-11, discontinued from 07-25. */
    static final DailyAggregates DATA = DailySeries.startingOn(P10773_FROM.minusDays(34))
        .through(LocalDate.of(2024, 7, 9), 1_500).through(THROUGH, 1_493).aggregates();

    @Test
    void eachCombinationReportsDaysInEffectDeterminationsAndTheFirstDiscontinuation() {
        List<SweepOutcome> outcomes = ParameterSweep.run(securingTheBorder(), DATA, THROUGH,
            List.of(new SweepAxis(ParameterName.DISCONTINUATION_DELAY, List.of(14, 30))));

        assertThat(outcomes).containsExactly(
            SweepOutcome.ran(Map.of("discontinuationDelay", 14), 26 + 24, 1, LocalDate.of(2024, 7, 25)),
            SweepOutcome.ran(Map.of("discontinuationDelay", 30), 26 + 31, 1, null));
        assertThat(outcomes.get(1).unavailable().get("firstDiscontinuation").reason())
            .isEqualTo(Unavailable.Reason.NEVER_HAPPENED);
    }

    @Test
    void combinationsComeInAxisOrderTheLastAxisVaryingFastest() {
        List<SweepOutcome> outcomes = ParameterSweep.run(securingTheBorder(), DATA, THROUGH, List.of(
            new SweepAxis(ParameterName.WINDOW, List.of(7, 14)),
            new SweepAxis(ParameterName.CONSECUTIVE_DAYS, List.of(1, 28))));

        assertThat(outcomes).extracting(o -> List.copyOf(o.parameters().entrySet())).containsExactly(
            List.of(Map.entry("window", 7), Map.entry("consecutiveDays", 1)),
            List.of(Map.entry("window", 7), Map.entry("consecutiveDays", 28)),
            List.of(Map.entry("window", 14), Map.entry("consecutiveDays", 1)),
            List.of(Map.entry("window", 14), Map.entry("consecutiveDays", 28)));
        assertThat(outcomes.get(1).determinations()).isZero();
        assertThat(outcomes.get(1).daysInEffect()).isEqualTo(57);
    }

    @Test
    void aContradictoryCombinationSaysItIsInvalidAndWhyWithNoResultsWithoutStoppingTheOthers() {
        List<SweepOutcome> outcomes = ParameterSweep.run(securingTheBorder(), DATA, THROUGH, List.of(
            new SweepAxis(ParameterName.ACTIVATION_THRESHOLD, List.of(1_000, 2_500)),
            new SweepAxis(ParameterName.DISCONTINUATION_THRESHOLD, List.of(500, 2_000))));

        assertThat(outcomes).extracting(SweepOutcome::invalid).containsExactly(null,
            "parameters.discontinuationThreshold: 2000 is above the activation threshold 1000: the discontinuation"
                + " threshold must not exceed the activation threshold", null, null);
        SweepOutcome invalid = outcomes.get(1);
        assertThat(invalid.valid()).isFalse();
        assertThat(invalid.daysInEffect()).isNull();
        assertThat(invalid.determinations()).isNull();
        assertThat(invalid.firstDiscontinuation()).isNull();
        assertThat(invalid.unavailable()).containsOnlyKeys("daysInEffect", "determinations", "firstDiscontinuation")
            .allSatisfy((name, why) -> assertThat(why).isEqualTo(Unavailable.because(
                Unavailable.Reason.INVALID_COMBINATION, "the combination was not run: " + invalid.invalid())));
        // 1,500 a day is below a discontinuation threshold of 2,000 from the start: LOW on 06-05.
        assertThat(outcomes.get(3).firstDiscontinuation()).isEqualTo("2024-06-19");
        // Both thresholds lowered at once is a valid combination: averages of 1,500 stay above 500.
        assertThat(outcomes.get(0).daysInEffect()).isEqualTo(57);
        assertThat(outcomes.get(2).firstDiscontinuation()).isNull();
    }

    @Test
    void aParameterListedTwiceIsRefused() {
        assertThatThrownBy(() -> ParameterSweep.run(securingTheBorder(), DATA, THROUGH, List.of(
            new SweepAxis(ParameterName.WINDOW, List.of(7)), new SweepAxis(ParameterName.WINDOW, List.of(14)))))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("window", "is listed twice")));
    }

    @Test
    void aSweepNeedsAtLeastOneAxis() {
        assertThatThrownBy(() -> ParameterSweep.run(securingTheBorder(), DATA, THROUGH, List.of()))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("parameters", "name at least one parameter to sweep")));
    }

    @Test
    void tooManyCombinationsAreRefusedBeforeAnyRuns() {
        List<Object> values = IntStream.range(1, 12).boxed().map(i -> (Object) i).toList();

        assertThatThrownBy(() -> ParameterSweep.run(securingTheBorder(), DATA, THROUGH, List.of(
            new SweepAxis(ParameterName.WINDOW, values), new SweepAxis(ParameterName.CONSECUTIVE_DAYS, values),
            new SweepAxis(ParameterName.ACTIVATION_DELAY, values), new SweepAxis(ParameterName.DETERMINATION_LAG,
                values), new SweepAxis(ParameterName.DISCONTINUATION_DELAY, values))))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("parameters", "the values make more than 100000 combinations")));
    }

    @Test
    void anAxisReadsItsValuesOnceEach() {
        SweepAxis axis = new SweepAxis(ParameterName.WINDOW, List.of("7", 7, 7.0, 14L));

        assertThat(axis.values()).containsExactly(7, 14);
        assertThatThrownBy(() -> new SweepAxis(ParameterName.WINDOW, List.of()))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("window", "needs at least one value")));
    }
}
