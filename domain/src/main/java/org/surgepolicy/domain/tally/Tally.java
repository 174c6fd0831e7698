package org.surgepolicy.domain.tally;

import org.surgepolicy.domain.validation.InvalidValueException;

/** A reported count of encounters for one key. */
public record Tally(TallyKey key, long count) {

    /** The largest count one tally may carry. */
    public static final long MAX_COUNT = 1_000_000;

    public Tally {
        if (key == null) {
            throw new InvalidValueException("key", "is required");
        }
        if (count < 0 || count > MAX_COUNT) {
            throw new InvalidValueException("count", "must be between 0 and " + MAX_COUNT + ", was " + count);
        }
    }
}
