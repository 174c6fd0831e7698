package org.surgepolicy.application.jobs.port.in;

import java.time.Instant;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * Run the nightly recomputation job now. At most one recomputation runs at a time across every node, whoever starts
 * it (the schedule, a REST call, the command line).
 */
public interface StartRecomputationUseCase {

    /** The run started (and, when run to its end, ended), or Busy with the one already running. */
    Outcome<JobRun> start(Command command);

    /** @param toTheEnd run the job in the calling thread to its end, rather than in the background */
    record Command(String requestedBy, boolean toTheEnd) {
        public Command {
            if (requestedBy == null || requestedBy.isBlank()) {
                throw new InvalidValueException("requestedBy", "is required");
            }
        }
    }

    /** Another recomputation holds the lock: nothing was started. */
    record Busy(RunningRecomputation running) implements Outcome.Conflict<JobRun> {

        @Override
        public String reason() {
            return running.sentence();
        }
    }

    /**
     * The recomputation that holds the cluster's lock.
     *
     * @param executionId its job execution, or null in the moment between taking the lock and starting the job
     * @param since       when it started (or took the lock), when known
     * @param requestedBy who started it, when known
     */
    record RunningRecomputation(Long executionId, Instant since, String requestedBy) {

        /** A run that holds the lock but that the job repository does not show (yet): nothing more is known of it. */
        public static final RunningRecomputation UNSEEN = new RunningRecomputation(null, null, null);

        /** The one sentence every trigger answers with. */
        public String sentence() {
            return "The nightly recomputation" + (executionId == null ? "" : " (job execution " + executionId + ")")
                + " is already running" + (since == null ? "" : " since " + since)
                + (requestedBy == null ? "" : ", started by " + requestedBy) + "; this one was not started.";
        }
    }
}
