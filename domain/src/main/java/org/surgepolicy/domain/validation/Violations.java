package org.surgepolicy.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects violations while a value is checked, then throws them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Records a violation of {@code field} when {@code condition} does not hold. */
    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            found.add(new Violation(field, message));
        }
        return this;
    }

    /**
     * Records a violation of {@code field} when {@code condition} does not hold, building the message only then: for
     * values built many times over, as a sweep builds its parameters.
     */
    public Violations require(boolean condition, String field, Supplier<String> message) {
        if (!condition) {
            found.add(new Violation(field, message.get()));
        }
        return this;
    }

    /** Records a violation of {@code field} when the value is null. */
    public Violations requireNonNull(Object value, String field) {
        return require(value != null, field, "is required");
    }

    public Violations add(Violation violation) {
        found.add(violation);
        return this;
    }

    /** Runs a check that may throw, keeping its violations under {@code parent}. */
    public <T> T check(String parent, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> found.add(v.under(parent)));
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws an {@link InvalidValueException} holding every violation recorded, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }
}
