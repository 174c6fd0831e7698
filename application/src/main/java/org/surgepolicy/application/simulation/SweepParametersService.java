package org.surgepolicy.application.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.EvaluationInputs;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.application.simulation.port.out.Computations;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.simulation.ParameterSweep;
import org.surgepolicy.domain.simulation.SweepAxis;
import org.surgepolicy.domain.simulation.SweepOutcome;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/**
 * Sweeps a policy's parameters over ranges of values on the stored data; nothing is stored. No transaction, for the
 * reason {@link SimulatePolicyService} gives.
 */
public final class SweepParametersService implements SweepParametersUseCase {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final Computations computations;

    public SweepParametersService(PolicyCatalog catalog, EvaluationInputs inputs, Computations computations) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.computations = computations;
    }

    @Override
    public Outcome<List<SweepOutcome>> sweep(Command command) {
        Optional<PolicyDefinition> found = catalog.find(command.policyId());
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("policy " + command.policyId());
        }
        List<Violation> violations = new ArrayList<>();
        List<SweepAxis> axes = new ArrayList<>();
        command.values().forEach((key, values) -> ParameterNames.read(key, violations,
            name -> axes.add(new SweepAxis(name, values))));
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        PolicyDefinition definition = found.get();
        DailyAggregates data = inputs.currentData(true);
        LocalDate today = inputs.today(definition);
        try {
            return new Outcome.Done<>(computations.run(() -> ParameterSweep.run(definition, data, today, axes)));
        } catch (InvalidValueException e) {
            return new Outcome.Invalid<>(e.violations());
        }
    }
}
