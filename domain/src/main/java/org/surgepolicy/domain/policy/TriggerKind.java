package org.surgepolicy.domain.policy;

/** What a trigger's finding does when the policy is not in effect. */
public enum TriggerKind {
    /** Activates the policy, and cancels a pending discontinuation. */
    MANDATORY,
    /** Only makes activation available: an authorised person's activation decision activates it. */
    DISCRETIONARY;

    /** Whether a finding of this kind activates the policy by itself. */
    public boolean activates() {
        return this == MANDATORY;
    }
}
