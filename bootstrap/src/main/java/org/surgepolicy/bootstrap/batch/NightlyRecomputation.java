package org.surgepolicy.bootstrap.batch;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.port.out.BatchJobs;

/**
 * Runs the recomputation job by cron, in the policy's zone. The job runs in the scheduler's thread, to its end, while
 * ShedLock holds the database lock {@value #LOCK}: every other instance of a cluster finds it held and skips the run.
 * The lock is held at least {@code lockAtLeastFor} so that an instance whose clock is a little behind does not run
 * again right after a quick run ended. Not final and without interfaces: the lock is taken by a class proxy.
 */
public class NightlyRecomputation {

    /** The name of the lock in the shedlock table. */
    public static final String LOCK = "recomputeJob";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecomputation.class);

    private final StartRecomputationUseCase recomputation;

    public NightlyRecomputation(StartRecomputationUseCase recomputation) {
        this.recomputation = recomputation;
    }

    @Scheduled(cron = "${surge.jobs.recompute.cron:0 30 2 * * *}", zone = "${surge.jobs.recompute.zone:America/New_York}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "${surge.jobs.recompute.lock-at-most-for:PT3H}",
        lockAtLeastFor = "${surge.jobs.recompute.lock-at-least-for:PT5M}")
    public void run() {
        BatchJobs.JobRun run = recomputation.start(new StartRecomputationUseCase.Command("scheduler", true));
        LOG.info("Nightly recomputation {} ended {}", run.executionId(), run.status());
    }
}
