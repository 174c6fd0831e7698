package org.surgepolicy.application.jobs.port.in;

import java.time.Instant;

/**
 * What asking for a recomputation yields. At most one recomputation runs at a time across every node, whoever starts
 * it (the schedule, a REST call, the command line).
 */
public sealed interface RecomputationLaunch {

    /** The recomputation was started (and, when run to its end, has ended). */
    record Launched(JobRun run) implements RecomputationLaunch {
    }

    /** Another recomputation holds the lock: nothing was started. */
    record Busy(RunningRecomputation running) implements RecomputationLaunch {
    }

    /**
     * The recomputation that holds the cluster's lock.
     *
     * @param executionId its job execution, or null in the moment between taking the lock and starting the job
     * @param since       when it started (or took the lock)
     * @param requestedBy who started it, when known
     */
    record RunningRecomputation(Long executionId, Instant since, String requestedBy) {

        /** The one sentence every trigger answers with. */
        public String sentence() {
            return "The nightly recomputation" + (executionId == null ? "" : " (job execution " + executionId + ")")
                + " is already running since " + since + (requestedBy == null ? "" : ", started by " + requestedBy)
                + "; this one was not started.";
        }
    }
}
