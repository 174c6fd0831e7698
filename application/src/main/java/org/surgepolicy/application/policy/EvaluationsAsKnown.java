package org.surgepolicy.application.policy;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.PolicyEvaluator;

/** A policy evaluated on what was known at an instant: what the questions about its status and timeline read. */
final class EvaluationsAsKnown {

    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;

    EvaluationsAsKnown(EvaluationInputs inputs, PolicyEvaluation evaluation) {
        this.inputs = inputs;
        this.evaluation = evaluation;
    }

    /** @param knownAt null for what is known now */
    PolicyEvaluator.Evaluation of(PolicyDefinition definition, Instant knownAt) {
        return evaluation.evaluate(inputs.of(definition, knownAt));
    }

    /**
     * Several policies evaluated on what was known at an instant, in their order, each as {@link #of} evaluates it
     * alone, with the data read once for all of them.
     *
     * @param knownAt null for what is known now
     */
    List<PolicyEvaluator.Evaluation> of(List<PolicyDefinition> definitions, Instant knownAt) {
        return inputs.of(definitions, knownAt).stream().map(evaluation::evaluate).toList();
    }
}
