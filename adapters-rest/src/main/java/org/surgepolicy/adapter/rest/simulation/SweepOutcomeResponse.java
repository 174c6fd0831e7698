package org.surgepolicy.adapter.rest.simulation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one combination yields.
 *
 * @param daysInEffect         the days the rule's state was in effect (a pending discontinuation included)
 * @param determinations       the determinations made
 * @param firstDiscontinuation the first day a discontinuation took effect, or null
 * @param invalid              why the combination could not run (its parameters contradict each other), or null
 */
public record SweepOutcomeResponse(Map<String, Object> parameters, int daysInEffect, int determinations,
                                   LocalDate firstDiscontinuation, String invalid) {
}
