package org.surgepolicy.adapter.batch.recompute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The cluster's one lock on the recomputation (a row of the shedlock table, timed by the database's clock): taken
 * before the job starts, by whichever trigger starts it, and given back when the job ends. While a run holds it, the
 * lock is extended before it runs out (ShedLock's keep-alive), so that a run may take as long as it takes while a node
 * that dies holding it holds it no longer than {@code lockAtMostFor}: the next start, which resumes the run it cut
 * off, waits that long at most for the lock.
 */
public final class RecomputationLock implements JobExecutionListener {

    /** The lock's name in the shedlock table. */
    public static final String NAME = "recomputeJob";
    /** How often a resumed run, waiting for a dead node's lock to run out, asks for it again. */
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final LockProvider locks;
    private final Duration lockAtMostFor;
    private final Clock clock;
    private final AtomicReference<SimpleLock> held = new AtomicReference<>();

    public RecomputationLock(LockProvider locks, Duration lockAtMostFor, Clock clock) {
        this.locks = locks instanceof ExtensibleLockProvider extensible
            ? new KeepAliveLockProvider(extensible, keepAliveThread()) : locks;
        this.lockAtMostFor = lockAtMostFor;
        this.clock = clock;
    }

    private static ScheduledExecutorService keepAliveThread() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("recompute-lock-keep-alive")
            .daemon().factory());
    }

    /** Takes the lock; false when another run (on any node) holds it. */
    public boolean tryAcquire() {
        return locks.lock(new LockConfiguration(clock.instant(), NAME, lockAtMostFor, Duration.ZERO))
            .map(lock -> {
                held.set(lock);
                return true;
            })
            .orElse(false);
    }

    /**
     * Takes the lock, waiting for it as long as a dead node may hold it (and a little more); false when it is still
     * held then, by a run that is alive.
     */
    public boolean acquireOnceFree() throws InterruptedException {
        Instant deadline = Instant.now().plus(lockAtMostFor).plus(RETRY.multipliedBy(5));
        while (!tryAcquire()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(RETRY);
        }
        return true;
    }

    /** Gives the lock back, if this node holds it. */
    public void release() {
        SimpleLock lock = held.getAndSet(null);
        if (lock != null) {
            lock.unlock();
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        release();
    }
}
