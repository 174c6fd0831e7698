package org.surgepolicy.domain.tally;

/** The CBP component that reported an encounter. */
public enum Component {
    /** U.S. Border Patrol: encounters between ports of entry. */
    USBP,
    /** Office of Field Operations: inadmissibles at ports of entry. */
    OFO
}
