package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The policy does not apply, and cannot be activated again before {@code availableFrom}: its cap of days in effect
 * for the period is used up. Triggers in between are recorded as determinations marked "cap reached" that change
 * nothing.
 *
 * @param since         the first day without the policy
 * @param availableFrom the first day of the next period, when it becomes discontinued as after a release
 */
public record CapReached(LocalDate since, LocalDate availableFrom) implements PolicyState {

    @Override
    public PolicyStateKind kind() {
        return PolicyStateKind.DISCONTINUED;
    }

    /** Nothing is determined: a new period only makes activation possible again. */
    @Override
    public Optional<LocalDate> scheduledChange() {
        return Optional.empty();
    }

    /** The next period begins: discontinued, and activation is possible again. */
    public Discontinued periodBegins() {
        return new Discontinued(since, null);
    }
}
