package org.surgepolicy.application.common.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aLookupThatFindsIsDoneAndOneThatDoesNotNamesWhatWasLookedFor() {
        assertThat(Outcome.found(Optional.of(7), "import 7")).isEqualTo(new Outcome.Done<>(7));
        assertThat(Outcome.found(Optional.empty(), "import 8")).isEqualTo(new Outcome.NotFound<>("import 8"));
    }

    @Test
    void onlyADoneOutcomeHasAValue() {
        assertThat(new Outcome.Done<>("value").toOptional()).contains("value");
        assertThat(new Outcome.Done<>("value").orElseThrow()).isEqualTo("value");
        assertThat(new Outcome.InConflict<String>("it has ended").toOptional()).isEmpty();
        assertThat(new Outcome.Invalid<String>("field", "is required").toOptional()).isEmpty();
    }

    @Test
    void aRefusalTakenForAValueSaysWhatItWas() {
        assertThatThrownBy(() -> new Outcome.InConflict<String>("import 7 is COMPLETED").orElseThrow())
            .isInstanceOf(IllegalStateException.class).hasMessage("import 7 is COMPLETED");
        assertThatThrownBy(() -> new Outcome.NotFound<String>("import 8").orElseThrow())
            .isInstanceOf(IllegalStateException.class).hasMessage("import 8 is not known");
        assertThatThrownBy(() -> new Outcome.Invalid<String>("source", "is required").orElseThrow())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
    }
}
