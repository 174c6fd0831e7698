package org.surgepolicy.domain.simulation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;

/**
 * What one combination of a sweep yields over the history; an invalid combination yields no result at all, and says
 * why.
 *
 * @param daysInEffect         the days the rule's state was in effect (a pending discontinuation included), or null
 *                             when the combination is invalid
 * @param determinations       the determinations made, or null when the combination is invalid
 * @param firstDiscontinuation the first day a discontinuation took effect, or null
 * @param invalid              why the combination could not run (its parameters contradict each other), or null
 *                             when it ran
 */
public record SweepOutcome(Map<String, Object> parameters, Integer daysInEffect, Integer determinations,
                           LocalDate firstDiscontinuation, String invalid) {

    public SweepOutcome {
        // In the order of the sweep's axes, as the caller listed them.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        boolean ran = daysInEffect != null && determinations != null;
        if (ran == (invalid != null) || !ran && (daysInEffect != null || determinations != null
            || firstDiscontinuation != null)) {
            throw new IllegalArgumentException("a combination either ran, with results, or is invalid, with a reason"
                + " and no results: " + parameters);
        }
    }

    /** A combination that ran. */
    public static SweepOutcome ran(Map<String, Object> parameters, int daysInEffect, int determinations,
                                   LocalDate firstDiscontinuation) {
        return new SweepOutcome(parameters, daysInEffect, determinations, firstDiscontinuation, null);
    }

    /** A combination whose parameters contradict each other: no results. */
    public static SweepOutcome invalid(Map<String, Object> parameters, String why) {
        return new SweepOutcome(parameters, null, null, null, why);
    }

    public boolean valid() {
        return invalid == null;
    }

    /** Why each null result is null, by name. */
    public Map<String, Unavailable> unavailable() {
        Unavailable notRun = Unavailable.because(Unavailable.Reason.INVALID_COMBINATION,
            "the combination was not run: " + invalid);
        return new Explanations()
            .explain("daysInEffect", daysInEffect, () -> notRun)
            .explain("determinations", determinations, () -> notRun)
            .explain("firstDiscontinuation", firstDiscontinuation, () -> valid()
                ? Unavailable.because(Unavailable.Reason.NEVER_HAPPENED, "no discontinuation took effect over the"
                    + " history")
                : notRun)
            .reasons();
    }
}
