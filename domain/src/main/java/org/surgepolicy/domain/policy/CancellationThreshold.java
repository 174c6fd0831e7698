package org.surgepolicy.domain.policy;

/** Which threshold an average must reach to cancel a pending discontinuation. */
public enum CancellationThreshold {
    /**
     * The literal reading: only a mandatory trigger's condition (an activation-level average) cancels; a rebound into
     * the band does not, nor does a discretionary trigger's.
     */
    ACTIVATION_THRESHOLD,
    /** Any release-window average at or above the release threshold of the trigger that activated the policy. */
    DISCONTINUATION_THRESHOLD
}
