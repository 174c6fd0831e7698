package org.surgepolicy.application.port.in;

import java.util.Optional;
import org.surgepolicy.application.port.out.BatchJobs;

/** The newest run of the recomputation job that completed, whoever started it, as the job repository records it. */
public interface GetLastCompletedRecomputationQuery {

    /** Empty when no run has completed yet. */
    Optional<BatchJobs.JobRun> lastCompleted();
}
