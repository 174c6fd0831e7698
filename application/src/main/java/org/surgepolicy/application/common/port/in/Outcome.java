package org.surgepolicy.application.common.port.in;

import java.util.List;
import org.surgepolicy.domain.validation.Violation;

/** What a command yields: its result, or the business reason it was refused. Nothing is stored unless it is Done. */
public sealed interface Outcome<T> {

    /** The command was carried out. */
    record Done<T>(T value) implements Outcome<T> {
    }

    /** The command was refused: each violation names the field (or row) and the reason. */
    record Invalid<T>(List<Violation> violations) implements Outcome<T> {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** The command names something that does not exist (such as an unknown policy). */
    record NotFound<T>(String what) implements Outcome<T> {
    }
}
