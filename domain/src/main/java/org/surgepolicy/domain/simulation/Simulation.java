package org.surgepolicy.domain.simulation;

import java.util.Map;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.rule.Timeline;

/** What-ifs: the rule run with changed parameters (of the versions, or the cap) and hypothetical daily totals. */
public final class Simulation {

    private Simulation() {
    }

    /**
     * The timeline the input would have with the given parameters; the input's replacements stand in for the counted
     * totals of their days.
     *
     * @throws org.surgepolicy.domain.validation.InvalidValueException when the changed parameters contradict each
     *                                                                 other, naming the parameter
     */
    public static Timeline run(EvaluationInput input, Map<? extends Parameter, ?> changes) {
        EvaluationInput changed = new EvaluationInput(input.definition().withParameters(changes), input.data(),
            input.overrides(), input.through(), input.replacements(), input.decisions());
        return PolicyEvaluator.evaluate(changed);
    }
}
