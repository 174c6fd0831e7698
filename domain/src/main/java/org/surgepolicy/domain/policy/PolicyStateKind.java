package org.surgepolicy.domain.policy;

/** The three states a policy can be in, by name. */
public enum PolicyStateKind {
    IN_EFFECT,
    /** Still in effect; ends on a known date. */
    DISCONTINUATION_PENDING,
    DISCONTINUED;

    /** Whether the policy applies on a day in this state (it still does while a discontinuation is pending). */
    public boolean inEffect() {
        return this != DISCONTINUED;
    }
}
