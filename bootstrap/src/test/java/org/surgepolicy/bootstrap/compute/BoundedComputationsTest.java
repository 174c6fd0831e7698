package org.surgepolicy.bootstrap.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.simulation.port.in.ComputationsBusy;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * At most the threads run and the queue waits; one more is refused at once, without running. The tests hold the
 * running computations on latches: nothing depends on how fast the machine is.
 */
class BoundedComputationsTest {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private BoundedComputations computations;

    @AfterEach
    void stop() {
        release.countDown();
        computations.close();
    }

    /** Runs, on another caller's thread, a computation that holds its thread until released. */
    private CompletableFuture<String> held() {
        return CompletableFuture.supplyAsync(() -> computations.run(() -> {
            started.countDown();
            await(release);
            return Thread.currentThread().getName();
        }), Thread::startVirtualThread);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("released in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aComputationPastTheThreadsAndTheQueueIsRefusedAtOnceAndTheNextOneAfterRuns() throws Exception {
        computations = new BoundedComputations(1, 0, Duration.ofSeconds(7));
        CompletableFuture<String> first = held();
        await(started);

        assertThatThrownBy(() -> computations.run(() -> {
            throw new AssertionError("a refused computation must not run");
        }))
            .isInstanceOf(ComputationsBusy.class)
            .hasMessage("All 1 computation threads are busy and 0 more computations wait for one "
                + "(surge.computations.threads and .queue)")
            .satisfies(e -> assertThat(((ComputationsBusy) e).retryAfter()).isEqualTo(Duration.ofSeconds(7)));

        release.countDown();
        assertThat(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).startsWith("surge-compute-");
        assertThat(computations.run(() -> 42)).isEqualTo(42);
    }

    @Test
    void aComputationWaitsInTheQueueForTheThreadAndRunsWhenItIsFree() throws Exception {
        computations = new BoundedComputations(1, 1, Duration.ofSeconds(1));
        CompletableFuture<String> first = held();
        await(started);
        CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(() -> computations.run(() -> 2),
            Thread::startVirtualThread);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (computations.free() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }

        assertThat(computations.free()).as("the second computation has its place").isZero();
        assertThatThrownBy(() -> computations.run(() -> 3)).isInstanceOf(ComputationsBusy.class);
        assertThat(queued).isNotDone();

        release.countDown();
        assertThat(queued.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        assertThat(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).startsWith("surge-compute-");
        assertThat(computations.free()).isEqualTo(2);
    }

    @Test
    void whatAComputationThrowsIsThrownAsItWasAndItsPlaceIsGivenBack() {
        computations = new BoundedComputations(1, 0, Duration.ofSeconds(1));
        InvalidValueException invalid = new InvalidValueException("parameters.window", "must be 1 or more");

        assertThatThrownBy(() -> computations.run(() -> {
            throw invalid;
        })).isSameAs(invalid);
        assertThat(computations.free()).isEqualTo(1);
    }
}
