package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** The state of a policy after a day's step, with what that state knows. Transitions return the next state. */
public sealed interface PolicyState permits InEffect, DiscontinuationPending, Discontinued, CapReached {

    PolicyStateKind kind();

    /** The day this state began. */
    LocalDate since();

    /** The day a change already determined takes effect, if one is scheduled. */
    Optional<LocalDate> scheduledChange();

    /** The state a policy starts in, on its first day. */
    static PolicyState initial(PolicyStateKind kind, LocalDate startsOn) {
        return switch (kind) {
            case IN_EFFECT -> new InEffect(startsOn);
            case DISCONTINUED -> new Discontinued(startsOn, null);
            case DISCONTINUATION_PENDING -> throw new IllegalArgumentException(
                "a policy cannot start with a discontinuation pending");
        };
    }

    /** Step 1 of a day: the change scheduled for {@code day}, if it is that day; otherwise this state. */
    default PolicyState onDay(LocalDate day) {
        return switch (this) {
            case DiscontinuationPending pending when pending.effectiveOn().equals(day) -> pending.takeEffect();
            case Discontinued discontinued when day.equals(discontinued.reactivationEffectiveOn()) ->
                discontinued.reactivate();
            case CapReached capReached when capReached.availableFrom().equals(day) -> capReached.periodBegins();
            case InEffect inEffect -> inEffect;
            case DiscontinuationPending pending -> pending;
            case Discontinued discontinued -> discontinued;
            case CapReached capReached -> capReached;
        };
    }

    /**
     * The period's cap is used up before {@code day}: the policy is not in effect from {@code day}, and cannot be
     * activated before {@code availableFrom}. A policy already discontinued stays so since the day it was.
     */
    default CapReached reachCap(LocalDate day, LocalDate availableFrom) {
        return switch (this) {
            case InEffect ignored -> new CapReached(day, availableFrom);
            case DiscontinuationPending ignored -> new CapReached(day, availableFrom);
            case Discontinued discontinued -> new CapReached(discontinued.since(), availableFrom);
            case CapReached capReached -> new CapReached(capReached.since(), availableFrom);
        };
    }

    /** The trigger whose release threshold applies in this state, or null for the version's first trigger. */
    default String releasedAs() {
        return switch (this) {
            case InEffect inEffect -> inEffect.activatedBy();
            case DiscontinuationPending pending -> pending.activatedBy();
            case Discontinued ignored -> null;
            case CapReached ignored -> null;
        };
    }
}
