package org.surgepolicy.adapter.batch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;

/**
 * Runs the recomputation job by cron, in the policy's zone, in the scheduler's thread, to its end. Two locks in the
 * database: the schedule's own, {@value #LOCK}, which every instance of a cluster tries at the same cron time and
 * which is held at least {@code lockAtLeastFor}, so that an instance whose clock is a little behind does not run
 * again right after a quick run ended; and the job's, which the REST trigger and the command line take too, so that
 * a scheduled run never overlaps one started by hand.
 */
public final class NightlyRecomputation implements SchedulingConfigurer {

    /** The name of the schedule's lock in the shedlock table. */
    public static final String LOCK = "recomputeSchedule";

    /**
     * The schedule's lock only keeps a node whose clock is a little late from starting the day's run again; the run
     * itself holds the recomputation's lock for as long as it lasts.
     */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecomputation.class);

    private final StartRecomputationUseCase recomputation;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final String cron;
    private final ZoneId zone;
    private final Duration lockAtLeastFor;

    /** @param cron when the run starts, in {@code zone}; {@code -} never */
    public NightlyRecomputation(StartRecomputationUseCase recomputation, LockProvider locks, Clock clock, String cron,
                                ZoneId zone, Duration lockAtLeastFor) {
        this.recomputation = recomputation;
        this.locks = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
        this.cron = cron;
        this.zone = zone;
        this.lockAtLeastFor = lockAtLeastFor;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!Scheduled.CRON_DISABLED.equals(cron)) {
            tasks.addCronTask(new CronTask(this::run, new CronTrigger(cron, zone)));
        }
    }

    /** Runs the recomputation now, once the schedule's lock is taken; does nothing when another node holds it. */
    public void run() {
        locks.executeWithLock((Runnable) this::recompute,
            new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST_FOR, lockAtLeastFor));
    }

    private void recompute() {
        Outcome<JobRun> outcome = recomputation.start(new StartRecomputationUseCase.Command("scheduler", true));
        if (outcome instanceof Outcome.Conflict<JobRun> busy) {
            LOG.info("Scheduled recomputation skipped: {}", busy.reason());
            return;
        }
        JobRun run = outcome.orElseThrow();
        LOG.info("Nightly recomputation {} ended {}", run.executionId(), run.status());
    }
}
