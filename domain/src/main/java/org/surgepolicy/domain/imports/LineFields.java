package org.surgepolicy.domain.imports;

import org.surgepolicy.domain.validation.InvalidValueException;

/** How the formats read the fields they share. */
final class LineFields {

    private LineFields() {
    }

    /** A count: a whole number, 0 or more. */
    static Long count(String text, String field) {
        if (text.isEmpty()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            long count = Long.parseLong(text);
            if (count < 0) {
                throw new InvalidValueException(field, "must not be negative, was " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + text + "' is not a whole number");
        }
    }
}
