package org.surgepolicy.application.jobs.port.in;

import java.util.Optional;

/** The newest run of the recomputation job that completed, whoever started it, as the job repository records it. */
public interface GetLastCompletedRecomputationQuery {

    /** Empty when no run has completed yet. */
    Optional<JobRun> lastCompleted();
}
