package org.surgepolicy.adapter.rest.tally;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded revision of a tally.
 *
 * @param sequence the ledger's recording order
 */
public record TallyRevisionResponse(LocalDate date, String component, String area, String demographic,
                                    String citizenship, String encounterType, long count, Instant recordedAt,
                                    String recordedBy, String source, long sequence) {
}
