package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The policy does not apply.
 *
 * @param reactivationEffectiveOn the day a reactivation already determined takes effect, or null
 * @param reactivatedBy           the trigger of that reactivation (null when none is determined, or it has no name)
 */
public record Discontinued(LocalDate since, LocalDate reactivationEffectiveOn, String reactivatedBy)
    implements PolicyState {

    public Discontinued {
        if (reactivationEffectiveOn == null && reactivatedBy != null) {
            throw new IllegalArgumentException("no reactivation is determined, so no trigger reactivates: "
                + reactivatedBy);
        }
    }

    /** Discontinued, with a reactivation by no named trigger if one is determined. */
    public Discontinued(LocalDate since, LocalDate reactivationEffectiveOn) {
        this(since, reactivationEffectiveOn, null);
    }

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

    /** An activation on {@code day} by {@code trigger}: in effect again {@code delay} days later. */
    public PolicyState determineHigh(LocalDate day, int delay, String trigger) {
        return delay == 0 ? new InEffect(day, trigger) : new Discontinued(since, day.plusDays(delay), trigger);
    }

    /** The scheduled reactivation takes effect. */
    public InEffect reactivate() {
        return new InEffect(reactivationEffectiveOn, reactivatedBy);
    }
}
