package org.surgepolicy.adapter.rest.error;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Says in words what a value of a Java type looks like in a request, for messages about wrong values. */
final class ExpectedValues {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
        Short.class, short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
        BigDecimal.class, Number.class);

    private ExpectedValues() {
    }

    /** For example "a date YYYY-MM-DD" or "one of USBP, OFO". */
    static String describe(Class<?> type) {
        if (type == null || type == Object.class) {
            return "a value";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an instant in ISO-8601 with offset, such as 2024-06-05T12:00:00Z";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of type " + type.getSimpleName();
    }

    /** A rejected value as it is quoted in a message. */
    static String quoted(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        return "'" + (text.length() > 100 ? text.substring(0, 100) + "..." : text) + "'";
    }
}
