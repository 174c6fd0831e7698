package org.surgepolicy.domain.rule;

import java.util.List;

/**
 * What a determination rests on: each window looked at, and the threshold with the comparison made.
 *
 * @param comparison {@code ">="} for HIGH (average at least the threshold), {@code "<"} for LOW
 */
public record Evidence(List<EvidenceWindow> windows, long threshold, String comparison) {

    public Evidence {
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a determination rests on at least one window");
        }
    }
}
