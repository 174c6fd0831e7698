package org.surgepolicy.domain.tally;

/** The border region an area belongs to. */
public enum Region {
    SOUTHWEST_LAND_BORDER,
    SOUTHERN_COASTAL,
    NORTHERN_LAND_BORDER,
    /** Areas away from the land borders and the southern coast (most OFO field offices). */
    OTHER
}
