package org.surgepolicy.domain.validation;

import java.util.Objects;

/** One reason why a value is invalid: the field (a path such as {@code versions[1].window}) and what is wrong. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation, with its field placed under a parent path. */
    public Violation under(String parent) {
        if (parent == null || parent.isEmpty()) {
            return this;
        }
        return new Violation(field.isEmpty() ? parent : parent + "." + field, message);
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
