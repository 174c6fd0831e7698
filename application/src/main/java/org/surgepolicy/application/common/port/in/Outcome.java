package org.surgepolicy.application.common.port.in;

import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.validation.Violation;

/**
 * What a use case yields: its result, or the business reason it was refused. Nothing is changed unless it is Done.
 * Every in-port answers a business failure this way; exceptions are left for bugs and broken infrastructure.
 */
public sealed interface Outcome<T> {

    /** The use case was carried out. */
    record Done<T>(T value) implements Outcome<T> {
    }

    /** The request was refused: each violation names the field (or row) and the reason. */
    record Invalid<T>(List<Violation> violations) implements Outcome<T> {
        public Invalid {
            violations = List.copyOf(violations);
        }

        public Invalid(String field, String message) {
            this(List.of(new Violation(field, message)));
        }
    }

    /** The request names something that does not exist (such as an unknown policy). */
    record NotFound<T>(String what) implements Outcome<T> {
    }

    /**
     * The request conflicts with the state of what it names (it has ended, another run holds it): nothing changed. A
     * use case whose callers need more than the reason answers with its own record of this kind.
     */
    non-sealed interface Conflict<T> extends Outcome<T> {

        /** Why, in a sentence. */
        String reason();
    }

    /** A conflict that its reason says all about. */
    record InConflict<T>(String reason) implements Conflict<T> {
    }

    /** Done with the value found, or NotFound naming {@code what} was looked for. */
    static <T> Outcome<T> found(Optional<T> value, String what) {
        return value.<Outcome<T>>map(Done::new).orElseGet(() -> new NotFound<>(what));
    }

    /** The value of a use case that was carried out, for a caller to which a refusal is a bug. */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Invalid<T> invalid -> throw new IllegalStateException("refused: " + invalid.violations());
            case NotFound<T> notFound -> throw new IllegalStateException(notFound.what() + " is not known");
            case Conflict<T> conflict -> throw new IllegalStateException(conflict.reason());
        };
    }

    /** The value when the use case was carried out; empty for a refusal, for a caller to which that means nothing. */
    default Optional<T> toOptional() {
        return this instanceof Done<T> done ? Optional.of(done.value()) : Optional.empty();
    }
}
