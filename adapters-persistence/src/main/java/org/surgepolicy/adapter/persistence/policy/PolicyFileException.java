package org.surgepolicy.adapter.persistence.policy;

import java.util.List;
import java.util.stream.Collectors;
import org.surgepolicy.domain.validation.Violation;

/** A policy definition file that cannot be loaded: the message names the file and each bad field by its path. */
public class PolicyFileException extends IllegalStateException {

    private final String file;
    private final List<Violation> violations;

    public PolicyFileException(String file, List<Violation> violations) {
        super(file + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.violations = List.copyOf(violations);
    }

    public String file() {
        return file;
    }

    public List<Violation> violations() {
        return violations;
    }
}
