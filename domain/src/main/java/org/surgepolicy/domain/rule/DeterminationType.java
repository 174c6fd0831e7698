package org.surgepolicy.domain.rule;

/** The finding a determination makes. */
public enum DeterminationType {
    /** The average reached the activation threshold (or, when so configured, the cancelling threshold). */
    HIGH,
    /** The averages stayed below the discontinuation threshold on the required consecutive days. */
    LOW
}
