package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.surgepolicy.application.simulation.port.out.Computations;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * What every {@link Computations} must do however it bounds the work (the service's pool, the fake that runs on the
 * caller's thread), run by each implementation's subclass.
 */
public abstract class ComputationsContract {

    /** The implementation under test, with room for at least one computation. */
    protected abstract Computations computations();

    @Test
    void aComputationsResultIsReturned() {
        Integer answer = computations().run(() -> 42);
        String nothing = computations().run(() -> null);

        assertThat(answer).isEqualTo(42);
        assertThat(nothing).isNull();
    }

    @Test
    void whatAComputationThrowsIsThrownAsItWas() {
        InvalidValueException invalid = new InvalidValueException("parameters.window", "must be 1 or more");

        assertThatThrownBy(() -> computations().run(() -> {
            throw invalid;
        })).isSameAs(invalid);
        String after = computations().run(() -> "after");
        assertThat(after).isEqualTo("after");
    }
}
