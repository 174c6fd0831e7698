package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The earliest day the effective state could change between applying and not applying, with what would change it.
 *
 * @param on          the first day of the new effective state
 * @param description what changes on that day, in a sentence
 */
public record EffectiveChange(LocalDate on, Cause cause, String description) {

    public EffectiveChange {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(description, "description");
    }

    /** What makes the effective state change. */
    public enum Cause {
        /** The rule's discontinuation takes effect (scheduled, or the projection's earliest). */
        RULE_DISCONTINUES,
        /** A reactivation the rule has determined takes effect. */
        RULE_REACTIVATES,
        /** An override begins to apply. */
        OVERRIDE_STARTS,
        /** The override ends and the rule's state applies again. */
        OVERRIDE_ENDS,
        /** The policy reaches its end date: it has no state after it. */
        POLICY_ENDS,
        /** The period's cap on days in effect is used up: the policy ends, and cannot be activated before the next. */
        CAP_REACHED
    }
}
