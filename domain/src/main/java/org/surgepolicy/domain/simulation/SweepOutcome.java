package org.surgepolicy.domain.simulation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one combination of a sweep yields over the history.
 *
 * @param daysInEffect         the days the rule's state was in effect (a pending discontinuation included)
 * @param determinations       the determinations made
 * @param firstDiscontinuation the first day a discontinuation took effect, or null
 * @param invalid              why the combination could not run (its parameters contradict each other), or null
 */
public record SweepOutcome(Map<String, Object> parameters, int daysInEffect, int determinations,
                           LocalDate firstDiscontinuation, String invalid) {

    public SweepOutcome {
        // In the order of the sweep's axes, as the caller listed them.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
