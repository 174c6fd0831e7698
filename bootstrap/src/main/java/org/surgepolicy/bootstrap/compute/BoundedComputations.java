package org.surgepolicy.bootstrap.compute;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.surgepolicy.application.simulation.port.in.ComputationsBusy;
import org.surgepolicy.application.simulation.port.out.Computations;

/**
 * Computations on a fixed pool of platform threads, with at most {@code threads} running and {@code queue} waiting;
 * one more is refused at once ({@link ComputationsBusy}). Requests are answered on virtual threads, which share as many carrier
 * threads as there are cores: CPU-bound work there would hold the carriers and stall every other request, health
 * probes included. Here it holds only the pool's threads.
 */
public final class BoundedComputations implements Computations, AutoCloseable {

    private final int threads;
    private final int queue;
    private final Duration retryAfter;
    private final Semaphore admitted;
    private final ExecutorService pool;

    /**
     * @param threads    how many computations run at once
     * @param queue      how many more may wait for a thread
     * @param retryAfter what a refusal tells the caller to wait
     */
    public BoundedComputations(int threads, int queue, Duration retryAfter) {
        this.threads = threads;
        this.queue = queue;
        this.retryAfter = retryAfter;
        this.admitted = new Semaphore(threads + queue);
        ThreadFactory named = Thread.ofPlatform().name("surge-compute-", 1).daemon(true).factory();
        this.pool = Executors.newFixedThreadPool(threads, named);
    }

    @Override
    public <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw new ComputationsBusy("All " + threads + " computation threads are busy and " + queue + " more computations "
                + "wait for one (surge.computations.threads and .queue)", retryAfter);
        }
        AtomicBoolean released = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                admitted.release();
            }
        };
        // The place is given back when the work ends, not when its caller stops waiting: a computation that cannot
        // be stopped halfway keeps its place while it still runs.
        FutureTask<T> task = new FutureTask<>(() -> {
            started.set(true);
            try {
                return work.get();
            } finally {
                release.run();
            }
        }) {
            @Override
            protected void done() {
                if (isCancelled() && !started.get()) {
                    release.run();
                }
            }
        };
        pool.execute(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a computation", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a computation failed", e.getCause());
        }
    }

    /** Places left, running and waiting together. */
    int free() {
        return admitted.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
