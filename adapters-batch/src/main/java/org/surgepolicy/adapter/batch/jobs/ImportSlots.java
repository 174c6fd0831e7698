package org.surgepolicy.adapter.batch.jobs;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.task.TaskExecutor;

/**
 * Where the import jobs of this node run: at most {@code slots} at once, each on its own virtual thread; the others
 * wait in the order they were launched and start as a slot frees.
 */
final class ImportSlots implements TaskExecutor {

    private final int slots;
    private final ExecutorService pool;
    private final AtomicInteger inFlight = new AtomicInteger();

    ImportSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("surge.import.concurrency must be at least 1, was " + slots);
        }
        this.slots = slots;
        this.pool = Executors.newFixedThreadPool(slots, Thread.ofVirtual().name("surge-import-", 1).factory());
    }

    int slots() {
        return slots;
    }

    /** Whether a job launched now would wait: every slot runs a job or has one waiting for it. */
    boolean full() {
        return inFlight.get() >= slots;
    }

    @Override
    public void execute(Runnable job) {
        inFlight.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    job.run();
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
    }

    /**
     * Lets the running imports finish their last write to the job repository before the database goes away (a
     * command-line import ends as soon as its import is recorded as finished, one write before its job is); an import
     * still running after {@code grace} is interrupted, and the next start finishes it from its last chunk.
     */
    void close(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
