package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The policy applies, with no end determined.
 *
 * @param activatedBy the trigger whose finding (or activation decision) put it in effect, whose release threshold
 *                    applies; null when it started in effect or its trigger has no name (the simple form)
 */
public record InEffect(LocalDate since, String activatedBy) implements PolicyState {

    /** In effect by no named trigger. */
    public InEffect(LocalDate since) {
        this(since, null);
    }

    @Override
    public PolicyStateKind kind() {
        return PolicyStateKind.IN_EFFECT;
    }

    @Override
    public Optional<LocalDate> scheduledChange() {
        return Optional.empty();
    }

    /** A LOW determination on {@code day}: the discontinuation takes effect {@code delay} days later. */
    public PolicyState determineLow(LocalDate day, int delay) {
        return delay == 0 ? new Discontinued(day, null)
            : new DiscontinuationPending(since, day, day.plusDays(delay), activatedBy);
    }
}
