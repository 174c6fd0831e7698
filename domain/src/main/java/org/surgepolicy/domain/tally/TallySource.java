package org.surgepolicy.domain.tally;

import org.surgepolicy.domain.validation.InvalidValueException;

/** Where tallies come from (a report's or a file's name), as every revision and its audit event keep it. */
public final class TallySource {

    /** The longest source kept. */
    public static final int MAX_LENGTH = 200;

    private TallySource() {
    }

    /** Refuses a missing source, or one longer than {@value #MAX_LENGTH} characters, naming {@code field}. */
    public static void check(String source, String field) {
        if (source == null || source.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (source.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
