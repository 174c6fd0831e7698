package org.surgepolicy.domain.tally;

/** How an encounter was recorded. */
public enum EncounterType {
    APPREHENSIONS,
    INADMISSIBLES,
    EXPULSIONS
}
