package org.surgepolicy.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a domain value cannot be built; carries every violation found, each naming its field. */
public class InvalidValueException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidValueException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidValueException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same exception with every field placed under a parent path, such as {@code versions[1]}. */
    public InvalidValueException under(String parent) {
        return new InvalidValueException(violations.stream().map(v -> v.under(parent)).toList());
    }
}
