package org.surgepolicy.adapter.persistence.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.tally.Codes;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/**
 * A YAML mapping read field by field, each problem recorded under the field's path (such as
 * {@code versions[1].parameters.window}) rather than thrown, so that one pass reports every bad field.
 */
final class YamlMapping {

    private final String path;
    private final Map<?, ?> values;
    private final Violations violations;

    private YamlMapping(String path, Map<?, ?> values, Violations violations) {
        this.path = path;
        this.values = values;
        this.violations = violations;
    }

    /** The mapping at {@code path}, or null (with a violation) when the value is something else. */
    static YamlMapping of(Object value, String path, Violations violations) {
        if (value instanceof Map<?, ?> map) {
            return new YamlMapping(path, map, violations);
        }
        violations.add(new Violation(path, value == null ? "is required" : "must be a mapping of fields, was "
            + describe(value)));
        return null;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        values.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }

    /** Records every key that is not one of {@code allowed}. */
    void allowOnly(Collection<String> allowed) {
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                violations.add(new Violation(path(key), "unknown field; expected one of "
                    + String.join(", ", allowed)));
            }
        }
    }

    Object raw(String key) {
        return values.get(key);
    }

    /** The nested mapping under {@code key}, or null (with a violation when it is missing or not a mapping). */
    YamlMapping mapping(String key) {
        return of(values.get(key), path(key), violations);
    }

    /** The items of the list under {@code key}; a missing list or other value is recorded and reads as empty. */
    List<?> list(String key) {
        List<?> list = typed(key, List.class, "a list");
        return list == null ? List.of() : list;
    }

    String text(String key) {
        return typed(key, String.class, "text");
    }

    Boolean bool(String key) {
        return typed(key, Boolean.class, "true or false");
    }

    /** The value under {@code key} if it is a {@code type}; otherwise null, with a violation that says what it was. */
    private <T> T typed(String key, Class<T> type, String expected) {
        Object value = values.get(key);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        violations.add(new Violation(path(key), value == null ? "is required" : "must be " + expected + ", was "
            + describe(value)));
        return null;
    }

    /** The whole number under {@code key}, or null with a violation that says what it was instead. */
    Long whole(String key) {
        Object value = values.get(key);
        return wholeShaped(value, path(key), violations)
            ? violations.check("", () -> Parameter.wholeNumber(value, path(key))) : null;
    }

    /** The whole number under {@code key} that fits an {@code int}, or null with a violation. */
    Integer wholeInt(String key) {
        return wholeInt(values.get(key), path(key), violations);
    }

    /** {@code value}, read at {@code path} as a whole number that fits an {@code int}, or null with a violation. */
    static Integer wholeInt(Object value, String path, Violations violations) {
        return wholeShaped(value, path, violations)
            ? violations.check("", () -> Parameter.wholeInt(value, path)) : null;
    }

    private static boolean wholeShaped(Object value, String path, Violations violations) {
        if (value == null || value instanceof BigInteger || value instanceof Map || value instanceof List
            || value instanceof Boolean) {
            violations.add(new Violation(path, value == null ? "is required" : "must be a whole number, was "
                + describe(value)));
            return false;
        }
        return true;
    }

    /** The length of time under {@code key}, written as ISO-8601 ({@code P1Y}, {@code P90D}), or null. */
    Period period(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(path(key), "must be a length of time such as P1Y or P90D, was '" + text
                + "'"));
            return null;
        }
    }

    LocalDate date(String key, boolean required) {
        Object value = values.get(key);
        if (value == null && !required) {
            return null;
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below, with the value
            }
        }
        violations.add(new Violation(path(key), value == null ? "is required" : "must be a date YYYY-MM-DD, was "
            + describe(value)));
        return null;
    }

    ZoneId zone(String key) {
        String id = text(key);
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            violations.add(new Violation(path(key), "unknown time zone '" + id
                + "'; expected a region such as America/New_York"));
            return null;
        }
    }

    /** The constant of {@code type} named under {@code key}; unknown codes are recorded with the codes there are. */
    <E extends Enum<E>> E code(Class<E> type, String key) {
        return code(type, values.get(key), path(key));
    }

    /** The constants named by the list under {@code key}, each bad item recorded as {@code key[i]}. */
    <E extends Enum<E>> List<E> codes(Class<E> type, String key) {
        List<?> items = list(key);
        List<E> codes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            E code = code(type, items.get(i), path(key) + "[" + i + "]");
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private <E extends Enum<E>> E code(Class<E> type, Object value, String at) {
        if (value != null && !(value instanceof String)) {
            violations.add(new Violation(at, "must be one of " + Codes.names(type) + ", was " + describe(value)));
            return null;
        }
        return violations.check("", () -> Codes.parse(type, (String) value, at));
    }

    /** How a wrongly typed value is shown in a message. */
    static String describe(Object value) {
        return switch (value) {
            case String s -> "'" + s + "'";
            case Map<?, ?> m -> "a mapping";
            case List<?> l -> "a list";
            case BigInteger b -> b + " (out of range)";
            default -> String.valueOf(value);
        };
    }
}
