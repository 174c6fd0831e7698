package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The policy does not apply.
 *
 * @param reactivationEffectiveOn the day a reactivation already determined takes effect, or null
 */
public record Discontinued(LocalDate since, LocalDate reactivationEffectiveOn) implements PolicyState {

    @Override
    public PolicyStateKind kind() {
        return PolicyStateKind.DISCONTINUED;
    }

    @Override
    public Optional<LocalDate> scheduledChange() {
        return Optional.ofNullable(reactivationEffectiveOn);
    }

    public boolean reactivationDetermined() {
        return reactivationEffectiveOn != null;
    }

    /** A HIGH determination on {@code day}: in effect again {@code delay} days later. */
    public PolicyState determineHigh(LocalDate day, int delay) {
        return delay == 0 ? new InEffect(day) : new Discontinued(since, day.plusDays(delay));
    }

    /** The scheduled reactivation takes effect. */
    public InEffect reactivate() {
        return new InEffect(reactivationEffectiveOn);
    }
}
