package org.surgepolicy.application.tally;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Does work on one platform thread of its own while the caller waits. Requests are answered on virtual threads, which
 * the JVM runs on as many carrier threads as there are cores, each until it blocks: work that goes back and forth to
 * the database twenty times while every other request waits for it (a group of submissions, under the ledger's lock)
 * would wait behind other requests' work for a carrier after each answer from the database. On a platform thread the
 * operating system shares the cores between it and the carriers instead, so that the lock is held for the work's own
 * time. One thread serves every caller, since the work it does is done one at a time anyway; it ends after
 * {@link #IDLE} without work (a minute), and the next call starts another.
 */
final class OwnThread {

    /** How long the thread waits for more work before it ends. */
    static final Duration IDLE = Duration.ofMinutes(1);

    private final ThreadPoolExecutor thread;

    OwnThread(String name) {
        this(name, IDLE);
    }

    OwnThread(String name, Duration idle) {
        this.thread = new ThreadPoolExecutor(1, 1, idle.toMillis(), TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name(name).daemon().factory());
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * The work's answer, or its failure as it was thrown. The caller waits for it even when interrupted (others may
     * wait for the work's outcome through the caller), and keeps its interrupt.
     */
    <T> T call(Supplier<T> work) {
        Future<T> answer = thread.submit(work::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return answer.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
