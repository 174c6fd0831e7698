package org.surgepolicy.application.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.validation.Violation;

/** The value of an outcome that a test expects to be done, or the violations of one it expects to be invalid. */
final class Outcomes {

    private Outcomes() {
    }

    static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    static List<Violation> invalid(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        return ((Outcome.Invalid<?>) outcome).violations();
    }
}
