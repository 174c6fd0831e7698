package org.surgepolicy.adapter.rest.error;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Turns a use case's outcome into its value, or into the exception that the problem handler answers. */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * The value of a use case that was carried out.
     *
     * @throws InvalidValueException when the command was refused, with every violation
     * @throws NotFoundException     when the command names something unknown
     * @throws ConflictException     when the command conflicts with the state of what it names
     */
    public static <T> T valueOf(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Invalid<T> invalid -> throw new InvalidValueException(invalid.violations());
            case Outcome.NotFound<T> notFound -> throw new NotFoundException(notFound.what());
            case Outcome.Conflict<T> conflict -> throw new ConflictException(conflict.reason());
        };
    }
}
