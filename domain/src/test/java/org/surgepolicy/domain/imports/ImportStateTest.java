package org.surgepolicy.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportStateTest {

    private static final Instant AT = Instant.parse("2024-08-01T12:00:00Z");

    @Test
    void aQueuedImportRunsThenCompletesOrIsRejected() {
        ImportState.Running running = new ImportState.Queued(null).start();

        assertThat(running.complete(AT)).isEqualTo(new ImportState.Completed(AT));
        assertThat(running.reject("11 lines rejected", AT).message()).isEqualTo("11 lines rejected");
        assertThat(running.complete(AT).finishedAt()).isEqualTo(AT);
    }

    @Test
    void anImportUnderWayFailsAndAFailedOneIsQueuedAgain() {
        ImportState.Failed failed = new ImportState.Running().fail("the disk is full", AT);

        assertThat(failed).isEqualTo(new ImportState.Failed("the disk is full", AT));
        assertThat(failed.requeue()).isEqualTo(new ImportState.Queued(null));
        assertThat(new ImportState.Queued("waiting").fail("its job could not be started", AT).status())
            .isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void aQueuedImportSaysWhatItWaitsForAndForgetsItWhenQueuedAgain() {
        ImportState.Queued waiting = new ImportState.Queued(null).waiting("waiting for a free import slot");

        assertThat(waiting.message()).isEqualTo("waiting for a free import slot");
        assertThat(waiting.finishedAt()).isNull();
        assertThat(waiting.requeue().message()).isNull();
    }

    @Test
    void onlyTheStatesUnderWayAreActiveAndOnlyTheEndedOnesHaveAnEnd() {
        assertThat(new ImportState.Queued(null)).isInstanceOf(ImportState.Active.class);
        assertThat(new ImportState.Running()).isInstanceOf(ImportState.Active.class);
        assertThat(new ImportState.Completed(AT)).isInstanceOf(ImportState.Ended.class);
        assertThat(new ImportState.Rejected("too many", AT)).isInstanceOf(ImportState.Ended.class);
        assertThat(new ImportState.Failed("broken", AT)).isInstanceOf(ImportState.Ended.class);
    }

    @ParameterizedTest
    @EnumSource(ImportStatus.class)
    void aStoredStateReadsBackAsTheStateOfItsName(ImportStatus status) {
        ImportState state = ImportState.of(status, "its message", AT);

        assertThat(state.status()).isEqualTo(status);
        assertThat(state instanceof ImportState.Active).isEqualTo(status.active());
        assertThat(state.finishedAt()).isEqualTo(state instanceof ImportState.Ended ? AT : null);
    }
}
