package org.surgepolicy.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.DISCRETIONARY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.CapParameter;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.ReleaseParameter;
import org.surgepolicy.domain.policy.TriggerParameter;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Simulations and sweeps address a trigger's numbers, the release and the cap by stable names. */
class TriggerParametersTest {

    static final LocalDate THROUGH = LocalDate.of(2025, 6, 30);
    static final TriggerParameter MANDATORY_THRESHOLD = new TriggerParameter(MANDATORY_AVERAGE,
        TriggerParameter.Field.THRESHOLD);

    /** 5,000 a day from 2024-07-01: in effect from 2024-07-09 until the cap, and from 2025-06-06 again. */
    static final DailyAggregates DATA = DailySeries.startingOn(HISTORY_START)
        .through(LocalDate.of(2024, 6, 30), 1_000).through(THROUGH, 5_000).aggregates();

    @Test
    void everyParameterIsFoundByItsName() {
        assertThat(Parameter.parse("triggers.MANDATORY_AVERAGE.threshold", "parameters.x"))
            .isEqualTo(MANDATORY_THRESHOLD);
        assertThat(Parameter.parse("triggers.MANDATORY_DAY.releaseThreshold", "x")).isEqualTo(
            new TriggerParameter("MANDATORY_DAY", TriggerParameter.Field.RELEASE_THRESHOLD));
        assertThat(Parameter.parse("release.consecutiveDays", "x")).isEqualTo(ReleaseParameter.CONSECUTIVE_DAYS);
        assertThat(Parameter.parse("cap.limits", "x")).isEqualTo(CapParameter.LIMITS);
        assertThat(Parameter.parse("window", "x")).isEqualTo(ParameterName.WINDOW);
        assertThat(MANDATORY_THRESHOLD.key()).isEqualTo("triggers.MANDATORY_AVERAGE.threshold");
    }

    @Test
    void anUnknownNameIsRefusedListingTheNamesThereAre() {
        assertThatThrownBy(() -> Parameter.parse("release.fraction", "parameters.release.fraction"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.release.fraction", "unknown parameter 'release.fraction'; expected one of"
                    + " window, activationThreshold, discontinuationThreshold, consecutiveDays, activationDelay,"
                    + " discontinuationDelay, determinationLag, cancelPendingOn, triggers.<NAME>.window,"
                    + " triggers.<NAME>.threshold, triggers.<NAME>.releaseThreshold, release.window,"
                    + " release.consecutiveDays, cap.limits")));
        assertThatThrownBy(() -> Parameter.parse("triggers.mandatory.threshold", "parameters.t"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.t", "'mandatory' cannot name a trigger: a name is 1 to 64 upper-case"
                    + " letters, digits or '_', starting with a letter")));
    }

    @Test
    void aSimulationWithAHigherMandatoryThresholdLeavesOnlyTheDiscretionaryFinding() {
        Timeline simulated = Simulation.run(new EvaluationInput(borderEmergencyAuthority(), DATA, List.of(),
            LocalDate.of(2024, 7, 31)), Map.of(MANDATORY_THRESHOLD, 6_000));

        assertThat(simulated.definition().versions().getFirst().parameters().trigger(MANDATORY_AVERAGE).threshold())
            .isEqualTo(6_000);
        assertThat(simulated.determinations()).extracting(Determination::trigger).containsOnly(DISCRETIONARY_AVERAGE);
        assertThat(simulated.days()).allSatisfy(d -> assertThat(d.state().kind().inEffect()).isFalse());
    }

    @Test
    void aSweepOverATriggersThresholdAndTheCapAgreesWithFullEvaluations() {
        List<SweepOutcome> outcomes = ParameterSweep.run(borderEmergencyAuthority(), DATA, THROUGH, List.of(
            new SweepAxis(MANDATORY_THRESHOLD, List.of(5_000, "6000")),
            new SweepAxis(CapParameter.LIMITS, List.of(List.of(270, 225, 180), "30,30,30"))));

        assertThat(outcomes).extracting(SweepOutcome::parameters).containsExactly(
            Map.of("triggers.MANDATORY_AVERAGE.threshold", 5_000L, "cap.limits", List.of(270, 225, 180)),
            Map.of("triggers.MANDATORY_AVERAGE.threshold", 5_000L, "cap.limits", List.of(30, 30, 30)),
            Map.of("triggers.MANDATORY_AVERAGE.threshold", 6_000L, "cap.limits", List.of(270, 225, 180)),
            Map.of("triggers.MANDATORY_AVERAGE.threshold", 6_000L, "cap.limits", List.of(30, 30, 30)));
        assertThat(outcomes.get(0).daysInEffect()).isEqualTo(270 + 25);
        assertThat(outcomes.get(1).daysInEffect()).isEqualTo(30 + 25);
        assertThat(outcomes.get(2).daysInEffect()).isZero();
        for (SweepOutcome outcome : outcomes) {
            PolicyDefinition changed = borderEmergencyAuthority().withParameters(Map.of(MANDATORY_THRESHOLD,
                outcome.parameters().get(MANDATORY_THRESHOLD.key()), CapParameter.LIMITS,
                outcome.parameters().get(CapParameter.LIMITS.key())));
            Timeline timeline = evaluate(changed, DATA, THROUGH);
            assertThat(outcome.daysInEffect()).as(outcome.parameters().toString())
                .isEqualTo((int) timeline.days().stream().filter(d -> d.state().kind().inEffect()).count());
            assertThat(outcome.determinations()).isEqualTo(timeline.determinations().size());
        }
    }

    @Test
    void contradictoryValuesOfTheNewParametersAreInvalidCombinationsNamingTheField() {
        List<SweepOutcome> outcomes = ParameterSweep.run(borderEmergencyAuthority(), DATA, THROUGH, List.of(
            new SweepAxis(new TriggerParameter(DISCRETIONARY_AVERAGE, TriggerParameter.Field.RELEASE_THRESHOLD),
                List.of(3_000, 4_500)),
            new SweepAxis(CapParameter.LIMITS, List.of(List.of(270, 225, 180), List.of(400, 225, 180)))));

        assertThat(outcomes).extracting(SweepOutcome::invalid).containsExactly(null,
            "parameters.cap.limits[0]: 400 days is longer than its period, 2024-06-05 to 2025-06-04 (365 days)",
            "parameters.triggers.DISCRETIONARY_AVERAGE.releaseThreshold: 4500 is above the trigger's threshold 4000:"
                + " a release threshold must not exceed the threshold of its trigger",
            "parameters.triggers.DISCRETIONARY_AVERAGE.releaseThreshold: 4500 is above the trigger's threshold 4000:"
                + " a release threshold must not exceed the threshold of its trigger");
    }

    @Test
    void theSimpleFormsNamesAreRefusedOnAVersionThatNamesItsTriggers() {
        assertThatThrownBy(() -> borderEmergencyAuthority().withParameters(Map.of(ParameterName.ACTIVATION_THRESHOLD,
            6_000)))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.activationThreshold", "names the one trigger of a version in the simple"
                    + " form; this version has the triggers MANDATORY_AVERAGE, MANDATORY_DAY, DISCRETIONARY_AVERAGE:"
                    + " change triggers.<NAME>.window, .threshold or .releaseThreshold, or release.window")));
        assertThat(borderEmergencyAuthority().withParameters(Map.of(ParameterName.DISCONTINUATION_DELAY, 21,
            ReleaseParameter.CONSECUTIVE_DAYS, 3)).versions().getFirst().parameters())
            .satisfies(p -> {
                assertThat(p.discontinuationDelay()).isEqualTo(21);
                assertThat(p.consecutiveDays()).isEqualTo(3);
            });
    }

    @Test
    void aTriggerNoVersionHasOrACapThePolicyLacksIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> borderEmergencyAuthority().withParameters(Map.of(new TriggerParameter("NOPE",
            TriggerParameter.Field.THRESHOLD), 1)))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.triggers.NOPE.threshold", "no version of policy border-emergency-authority"
                    + " has a trigger 'NOPE'")));
        assertThatThrownBy(() -> securingTheBorder().withParameters(Map.of(CapParameter.LIMITS, List.of(100))))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.cap.limits", "policy securing-the-border has no cap on its days in"
                    + " effect")));
        assertThatThrownBy(() -> new SweepAxis(CapParameter.LIMITS, List.of("270,x")))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("cap.limits[1]", "must be a whole number, was 'x'")));
    }
}
