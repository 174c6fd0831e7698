package org.surgepolicy.application.policy;

import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;

/** A policy's timeline and status from everything they are a function of. */
@FunctionalInterface
public interface PolicyEvaluation {

    PolicyEvaluator.Evaluation evaluate(EvaluationInput input);

    /**
     * The rule itself: a pure function of its input, with no state.
     *
     * @param staleAfterDays the age beyond which a status calls its newest reported day stale
     */
    static PolicyEvaluation rule(int staleAfterDays) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("staleAfterDays must not be negative, was " + staleAfterDays);
        }
        return input -> PolicyEvaluator.evaluateWithStatus(input, staleAfterDays);
    }
}
