package org.surgepolicy.domain.tally;

/** CBP's demographic groups. */
public enum Demographic {
    SINGLE_ADULTS,
    /** Individuals in a family unit. */
    FMUA,
    /** Unaccompanied children (UC) and single minors. */
    UC_SINGLE_MINORS,
    ACCOMPANIED_MINORS
}
