package org.surgepolicy.adapter.rest.simulation;

import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;

/**
 * What one combination yields; an invalid combination yields no results, and says why.
 *
 * @param valid                whether the combination ran (its parameters do not contradict each other)
 * @param daysInEffect         the days the rule's state was in effect (a pending discontinuation included), or null
 *                             when the combination is invalid
 * @param determinations       the determinations made, or null when the combination is invalid
 * @param firstDiscontinuation the first day a discontinuation took effect, or null when none did or the combination
 *                             is invalid
 * @param invalid              why the combination could not run, or null when it ran
 * @param unavailable          why each null result is null
 */
public record SweepOutcomeResponse(Map<String, Object> parameters, boolean valid, Integer daysInEffect,
                                   Integer determinations, LocalDate firstDiscontinuation, String invalid,
                                   Map<String, UnavailableResponse> unavailable) {
}
