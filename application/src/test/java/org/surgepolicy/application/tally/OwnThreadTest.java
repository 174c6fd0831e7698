package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OwnThreadTest {

    private final OwnThread own = new OwnThread("own-thread-test");

    @Test
    void theWorkRunsOnOnePlatformThreadOfItsOwnEvenForAVirtualCaller() throws Exception {
        AtomicReference<Thread> first = new AtomicReference<>();
        AtomicReference<Thread> second = new AtomicReference<>();

        Thread caller = Thread.ofVirtual().start(() -> first.set(own.call(Thread::currentThread)));
        caller.join(5_000);
        second.set(own.call(Thread::currentThread));

        assertThat(first.get()).isNotNull().isNotSameAs(caller);
        assertThat(first.get().isVirtual()).isFalse();
        assertThat(first.get().getName()).isEqualTo("own-thread-test");
        assertThat(second.get()).as("one thread serves every caller").isSameAs(first.get());
    }

    @Test
    void theThreadEndsWhenIdleAndTheNextCallStartsAnother() throws Exception {
        OwnThread briefly = new OwnThread("own-thread-idle", Duration.ofMillis(50));
        Thread first = briefly.call(Thread::currentThread);

        first.join(5_000);

        assertThat(first.isAlive()).as("ended once idle").isFalse();
        Thread second = briefly.call(Thread::currentThread);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getName()).isEqualTo("own-thread-idle");
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        IllegalStateException failure = new IllegalStateException("the ledger is locked");
        AssertionError error = new AssertionError("broken");

        assertThatThrownBy(() -> own.call(() -> {
            throw failure;
        })).isSameAs(failure);
        assertThatThrownBy(() -> own.call(() -> {
            throw error;
        })).isSameAs(error);
        assertThat(own.call(() -> "after a failure")).isEqualTo("after a failure");
    }

    @Test
    void anInterruptedCallerStillWaitsForTheAnswerAndKeepsItsInterrupt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread caller = Thread.ofPlatform().start(() -> {
            answer.set(own.call(() -> {
                started.countDown();
                awaitQuietly(release);
                return "done";
            }));
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(200);
        assertThat(caller.isAlive()).as("still waiting for the work").isTrue();
        release.countDown();
        caller.join(5_000);

        assertThat(answer.get()).isEqualTo("done");
        assertThat(interruptKept).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
