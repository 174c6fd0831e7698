package org.surgepolicy.adapter.rest.tally;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tallies of a day.
 *
 * @param area    the area asked for, or null for all
 * @param knownAt the instant they were read as of, or null for all the data
 * @param history whether every revision is listed rather than the latest of each key
 */
public record TalliesResponse(LocalDate date, String area, Instant knownAt, boolean history,
                              List<TallyRevisionResponse> tallies) {
}
