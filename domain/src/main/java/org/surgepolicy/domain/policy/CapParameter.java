package org.surgepolicy.domain.policy;

import java.util.ArrayList;
import java.util.List;
import org.surgepolicy.domain.validation.InvalidValueException;

/** A parameter of a policy's cap on days in effect, written {@code cap.<field>}. */
public enum CapParameter implements Parameter {
    /** The most days in effect in each period, in period order: a list of whole numbers. */
    LIMITS("cap.limits");

    private final String key;

    CapParameter(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object coerce(Object value) {
        return limits(value);
    }

    /** Reads a list of whole numbers, or the same written as text separated by commas. */
    public List<Integer> limits(Object value) {
        List<?> items = switch (value) {
            case null -> throw new InvalidValueException(key, "is required");
            case List<?> list -> list;
            case String text when !text.isBlank() -> List.of(text.split(","));
            default -> throw new InvalidValueException(key, "must be a list of whole numbers, was '" + value + "'");
        };
        List<Integer> limits = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            limits.add(Parameter.wholeInt(items.get(i), key + "[" + i + "]"));
        }
        return List.copyOf(limits);
    }
}
