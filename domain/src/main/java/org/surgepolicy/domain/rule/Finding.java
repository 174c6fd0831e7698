package org.surgepolicy.domain.rule;

import java.util.Objects;
import org.surgepolicy.domain.policy.ActivationDecision;

/**
 * What the engine determined on a day: the type, the trigger it rests on, whether the cap made it change nothing, and
 * the activation decision that acted on it.
 *
 * @param trigger    the index, in the version's triggers, of the trigger whose condition was met (HIGH) or whose
 *                   release threshold the averages stayed under (LOW)
 * @param capReached whether the period's cap was used up, so that the finding changed nothing
 * @param decision   the activation decision that turned a discretionary finding into an activation, or null
 */
public record Finding(DeterminationType type, int trigger, boolean capReached, ActivationDecision decision) {

    public Finding {
        Objects.requireNonNull(type, "type");
    }

    /** The same finding, acted on by {@code acting}. */
    Finding decidedBy(ActivationDecision acting) {
        return new Finding(type, trigger, capReached, acting);
    }
}
