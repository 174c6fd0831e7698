package org.surgepolicy.domain.tally;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Parses the upper-case codes of the enumerations, rejecting unknown ones with a message that names them. */
public final class Codes {

    private Codes() {
    }

    /** The constant of {@code type} named {@code code}; an unknown or blank code is refused, naming the field. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            // By the enumeration's own directory of names: no copy of its constants for every code read.
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(field, "unknown code '" + code + "'; expected one of " + names(type));
        }
    }

    /** The codes of an enumeration, comma-separated, for messages. */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
