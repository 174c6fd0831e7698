package org.surgepolicy.application.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.simulation.Outcomes.done;
import static org.surgepolicy.application.simulation.Outcomes.invalid;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.simulation.SweepOutcome;
import org.surgepolicy.domain.validation.Violation;

class SweepParametersServiceTest {

    private final InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS, securingTheBorder());

    @Test
    void eachCombinationOfASweepAgreesWithASimulationOfTheSameParameters() {
        app.store(WorkedExample3.tallies());
        Map<String, List<Object>> values = new LinkedHashMap<>();
        values.put("discontinuationThreshold", List.of(1_400, 1_500));
        values.put("discontinuationDelay", List.of(7, 14));

        Outcome<List<SweepOutcome>> outcome = app.sweepParameters().sweep(new SweepParametersUseCase.Command(SHIPPED_ID,
            values));

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        List<SweepOutcome> outcomes = ((Outcome.Done<List<SweepOutcome>>) outcome).value();
        assertThat(outcomes).extracting(SweepOutcome::parameters).containsExactly(
            Map.of("discontinuationThreshold", 1_400L, "discontinuationDelay", 7),
            Map.of("discontinuationThreshold", 1_400L, "discontinuationDelay", 14),
            Map.of("discontinuationThreshold", 1_500L, "discontinuationDelay", 7),
            Map.of("discontinuationThreshold", 1_500L, "discontinuationDelay", 14));
        assertThat(outcomes).extracting(SweepOutcome::daysInEffect).containsExactly(57, 57, 43, 50);
        assertThat(outcomes).extracting(SweepOutcome::firstDiscontinuation).containsExactly(null, null,
            LocalDate.of(2024, 7, 18), WorkedExample3.DISCONTINUED_FROM);
        for (SweepOutcome swept : outcomes) {
            SimulatePolicyUseCase.Result simulated = done(app.simulatePolicy().simulate(
                new SimulatePolicyUseCase.Command(SHIPPED_ID, swept.parameters(), List.of(), null, null)));
            assertThat(swept.daysInEffect()).isEqualTo(
                (int) simulated.days().stream().filter(d -> d.state().kind().inEffect()).count());
            assertThat(swept.determinations()).isEqualTo(simulated.determinations().size());
            assertThat(swept.firstDiscontinuation()).isEqualTo(simulated.days().stream()
                .filter(d -> d.state().kind() == PolicyStateKind.DISCONTINUED).map(TimelineDay::date).findFirst()
                .orElse(null));
            assertThat(swept.invalid()).isNull();
        }
    }

    @Test
    void aSweepOfAnUnknownParameterIsRefusedNamingIt() {
        Outcome<List<SweepOutcome>> outcome = app.sweepParameters().sweep(new SweepParametersUseCase.Command(SHIPPED_ID,
            Map.of("threshold", List.of(1, 2))));

        assertThat(invalid(outcome)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("parameters.threshold");
            assertThat(v.message()).startsWith("unknown parameter 'threshold'");
        });
    }

    @Test
    void aSweepCombinationWhoseParametersContradictEachOtherSaysWhy() {
        Outcome<List<SweepOutcome>> outcome = app.sweepParameters().sweep(new SweepParametersUseCase.Command(SHIPPED_ID,
            Map.of("discontinuationThreshold", List.of(1_500, 3_000))));

        List<SweepOutcome> outcomes = ((Outcome.Done<List<SweepOutcome>>) outcome).value();
        assertThat(outcomes).extracting(SweepOutcome::invalid).first().isNull();
        assertThat(outcomes.getLast().invalid()).contains("parameters.discontinuationThreshold")
            .contains("3000 is above the activation threshold 2500");
    }

    @Test
    void aSweepWithoutParametersIsRefused() {
        assertThat(invalid(app.sweepParameters().sweep(new SweepParametersUseCase.Command(SHIPPED_ID, Map.of()))))
            .containsExactly(new Violation("parameters", "name at least one parameter to sweep"));
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        assertThat(app.sweepParameters().sweep(new SweepParametersUseCase.Command("no-such-policy", null)))
            .isEqualTo(new Outcome.NotFound<>("policy no-such-policy"));
    }
}
