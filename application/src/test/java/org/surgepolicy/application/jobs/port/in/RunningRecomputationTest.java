package org.surgepolicy.application.jobs.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase.RunningRecomputation;

class RunningRecomputationTest {

    @Test
    void aRunSeenInTheJobRepositoryIsNamedWithItsExecutionStartAndRequester() {
        RunningRecomputation running = new RunningRecomputation(42L, Instant.parse("2026-12-01T02:00:00Z"), "ops");

        assertThat(running.sentence()).isEqualTo("The nightly recomputation (job execution 42) is already running"
            + " since 2026-12-01T02:00:00Z, started by ops; this one was not started.");
    }

    @Test
    void aRunNotSeenYetSaysOnlyThatOneIsRunning() {
        assertThat(RunningRecomputation.UNSEEN.sentence())
            .isEqualTo("The nightly recomputation is already running; this one was not started.");
    }
}
