package org.surgepolicy.domain.tally;

/** Which of CBP's publications a statistic comes from; each is kept whole, so that their totals never add up twice. */
public enum Dataset {
    /** The nationwide encounters file, by area of responsibility. */
    CBP_NATIONWIDE,
    /** The southwest land border encounters file, without areas. */
    CBP_SOUTHWEST
}
