package org.surgepolicy.adapter.batch.recompute;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The cluster's one lock on the recomputation (a row of the shedlock table, timed by the database's clock): taken
 * before the job starts, by whichever trigger starts it, and given back when the job ends. A node that dies holding it
 * holds it no longer than {@code lockAtMostFor}.
 */
public final class RecomputationLock implements JobExecutionListener {

    /** The lock's name in the shedlock table. */
    public static final String NAME = "recomputeJob";

    private final LockProvider locks;
    private final Duration lockAtMostFor;
    private final Clock clock;
    private final AtomicReference<SimpleLock> held = new AtomicReference<>();

    public RecomputationLock(LockProvider locks, Duration lockAtMostFor, Clock clock) {
        this.locks = locks;
        this.lockAtMostFor = lockAtMostFor;
        this.clock = clock;
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
