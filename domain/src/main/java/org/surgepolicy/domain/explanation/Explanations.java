package org.surgepolicy.domain.explanation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reasons beside the null values of one answer, by the values' names, in the order they were given. An answer
 * built with it checks that no value is null without its reason, and no reason stands beside a value.
 */
public final class Explanations {

    private final Map<String, Unavailable> reasons = new LinkedHashMap<>();

    /** Records why {@code name} is null when {@code value} is; nothing when it is not. */
    public Explanations explain(String name, Object value, Supplier<Unavailable> why) {
        if (value == null) {
            reasons.put(name, why.get());
        }
        return this;
    }

    /** The reasons, unmodifiable, in the order given. */
    public Map<String, Unavailable> reasons() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /**
     * Checks a finished answer: each named value is null exactly when it has a reason.
     *
     * @param values name, value, name, value...
     * @throws IllegalArgumentException naming the first value that breaks the rule
     */
    public static Map<String, Unavailable> checked(Map<String, Unavailable> reasons, Object... values) {
        Map<String, Unavailable> copy = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        for (int i = 0; i < values.length; i += 2) {
            String name = (String) values[i];
            boolean missing = values[i + 1] == null;
            if (missing != copy.containsKey(name)) {
                throw new IllegalArgumentException(missing ? name + " is null without a reason"
                    : name + " has a value and a reason for not having one: " + copy.get(name));
            }
        }
        return copy;
    }
}
