package org.surgepolicy.bootstrap.batch;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.surgepolicy.application.port.in.JobRun;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;

/**
 * Runs the recomputation job by cron, in the policy's zone, in the scheduler's thread, to its end. Two locks in the
 * database: the schedule's own, {@value #LOCK}, which every instance of a cluster tries at the same cron time and
 * which is held at least {@code lockAtLeastFor}, so that an instance whose clock is a little behind does not run
 * again right after a quick run ended; and the job's, which the REST trigger and the command line take too, so that
 * a scheduled run never overlaps one started by hand. Not final and without interfaces: the schedule's lock is taken
 * by a class proxy.
 */
public class NightlyRecomputation {

    /** The name of the schedule's lock in the shedlock table. */
    public static final String LOCK = "recomputeSchedule";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecomputation.class);

    private final StartRecomputationUseCase recomputation;

    public NightlyRecomputation(StartRecomputationUseCase recomputation) {
        this.recomputation = recomputation;
    }

    @Scheduled(cron = "${surge.jobs.recompute.cron:0 30 2 * * *}", zone = "${surge.jobs.recompute.zone:America/New_York}")
    // The schedule's lock only keeps a node whose clock is a little late from starting the day's run again; the run
    // itself holds the recomputation's lock for as long as it lasts.
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M",
        lockAtLeastFor = "${surge.jobs.recompute.lock-at-least-for:PT5M}")
    public void run() {
        Outcome<JobRun> outcome = recomputation.start(new StartRecomputationUseCase.Command("scheduler", true));
        if (outcome instanceof Outcome.Conflict<JobRun> busy) {
            LOG.info("Scheduled recomputation skipped: {}", busy.reason());
            return;
        }
        JobRun run = outcome.orElseThrow();
        LOG.info("Nightly recomputation {} ended {}", run.executionId(), run.status());
    }
}
