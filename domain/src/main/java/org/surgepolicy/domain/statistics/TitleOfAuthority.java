package org.surgepolicy.domain.statistics;

/** The legal authority an encounter was processed under. */
public enum TitleOfAuthority {
    TITLE_8,
    TITLE_42
}
