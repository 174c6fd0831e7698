package org.surgepolicy.application.contracts;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the jobs of a {@link BatchJobsContract} do in place of the real work: each run is recorded, waits while the
 * test holds the jobs, and fails when the test asked for it. An implementation under the contract makes its jobs call
 * {@link #run(Kind, long, Long)}.
 */
public final class JobStandIns {

    /** The message a run told to fail fails with. */
    public static final String FAILURE = "the stand-in job was told to fail";
    /** How long a test waits for a job to get somewhere before it gives up (never reached when the port works). */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Which job ran. */
    public enum Kind {
        IMPORT,
        RECOMPUTATION
    }

    /**
     * One run of a job.
     *
     * @param importId the import it ran for (null for a recomputation)
     */
    public record Run(Kind kind, long executionId, Long importId) {
    }

    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));
    private final AtomicBoolean failNext = new AtomicBoolean();

    /** The work of one run of a job: called by the job, in its execution, with that execution's id. */
    public void run(Kind kind, long executionId, Long importId) throws InterruptedException {
        runs.add(new Run(kind, executionId, importId));
        if (!gate.get().await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the stand-in job was held for longer than " + PATIENCE);
        }
        if (failNext.compareAndSet(true, false)) {
            throw new IllegalStateException(FAILURE);
        }
    }

    /** Holds every run that starts from now on until {@link #release()}. */
    void hold() {
        gate.set(new CountDownLatch(1));
    }

    /** Lets the held runs, and every later one, go on. */
    void release() {
        gate.get().countDown();
    }

    /** Makes the next run to go on fail. */
    void failNext() {
        failNext.set(true);
    }

    /** The runs so far, in the order they started. */
    List<Run> runs() {
        return List.copyOf(runs);
    }
}
