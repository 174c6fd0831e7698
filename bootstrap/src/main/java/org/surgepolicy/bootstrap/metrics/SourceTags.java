package org.surgepolicy.bootstrap.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of the {@code source} tag for a submission's source: the source itself for the first sources seen, then
 * {@value #OTHER}, so that the number of time series stays bounded whatever clients send.
 */
public final class SourceTags {

    static final String OTHER = "other";

    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public SourceTags(int max) {
        this.max = max;
    }

    String of(String source) {
        if (seen.contains(source)) {
            return source;
        }
        synchronized (seen) {
            if (seen.size() < max) {
                seen.add(source);
                return source;
            }
        }
        return OTHER;
    }
}
