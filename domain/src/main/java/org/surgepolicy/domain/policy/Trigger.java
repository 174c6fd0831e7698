package org.surgepolicy.domain.policy;

import java.util.regex.Pattern;
import org.surgepolicy.domain.validation.Violations;

/**
 * One activation condition of a version: the average of {@code window} days (one day's count when the window is 1)
 * at or above {@code threshold}. A policy it activated is released when the averages of the version's release window
 * stay below {@code releaseThreshold}.
 *
 * @param name             the name the evidence gives it, such as {@code MANDATORY_AVERAGE}; null only for the one
 *                         trigger of a version written in the simple form
 * @param releaseThreshold the average a policy this trigger activated must fall below to be released
 */
public record Trigger(String name, TriggerKind kind, int window, long threshold, long releaseThreshold) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public Trigger {
        new Violations()
            .require(name == null || NAME.matcher(name).matches(), "name",
                () -> "must be 1 to 64 upper-case letters, digits or '_', starting with a letter, was '" + name + "'")
            .requireNonNull(kind, "kind")
            .require(window >= 1 && window <= RuleParameters.MAX_DAYS, "window",
                () -> "must be between 1 and " + RuleParameters.MAX_DAYS + " days, was " + window)
            .require(threshold >= 0 && threshold <= RuleParameters.MAX_THRESHOLD, "threshold",
                () -> "must be between 0 and " + RuleParameters.MAX_THRESHOLD + ", was " + threshold)
            .require(releaseThreshold >= 0 && releaseThreshold <= RuleParameters.MAX_THRESHOLD, "releaseThreshold",
                () -> "must be between 0 and " + RuleParameters.MAX_THRESHOLD + ", was " + releaseThreshold)
            .require(releaseThreshold <= threshold, "releaseThreshold", () -> releaseThreshold
                + " is above the trigger's threshold " + threshold
                + ": a release threshold must not exceed the threshold of its trigger")
            .throwIfAny();
    }

    /** Whether {@code text} can name a trigger. */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    /** The window sum the condition needs: {@code threshold * window}, so that no division is ever made. */
    public long thresholdSum() {
        return threshold * window;
    }
}
