package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** The policy applies, with no end determined. */
public record InEffect(LocalDate since) implements PolicyState {

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
        return delay == 0 ? new Discontinued(day, null) : new DiscontinuationPending(since, day, day.plusDays(delay));
    }
}
