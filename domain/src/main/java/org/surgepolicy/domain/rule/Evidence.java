package org.surgepolicy.domain.rule;

import java.util.List;

/**
 * What a determination rests on: each window looked at, and the threshold with the comparison made.
 *
 * @param comparison {@code ">="} for HIGH (average at least the threshold), {@code "<"} for LOW
 * @param trigger    the trigger whose threshold (HIGH) or release threshold (LOW) it is, or null when the trigger has
 *                   no name (the one trigger of a version in the simple form)
 */
public record Evidence(List<EvidenceWindow> windows, long threshold, String comparison, String trigger) {

    public Evidence {
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a determination rests on at least one window");
        }
    }

    /** Evidence of no named trigger. */
    public Evidence(List<EvidenceWindow> windows, long threshold, String comparison) {
        this(windows, threshold, comparison, null);
    }
}
