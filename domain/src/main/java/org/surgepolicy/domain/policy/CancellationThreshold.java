package org.surgepolicy.domain.policy;

/** Which threshold an average must reach to cancel a pending discontinuation. */
public enum CancellationThreshold {
    /** The literal reading: only an activation-level average cancels; a rebound into the band does not. */
    ACTIVATION_THRESHOLD,
    /** Any average at or above the discontinuation threshold cancels. */
    DISCONTINUATION_THRESHOLD
}
