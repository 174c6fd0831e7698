package org.surgepolicy.application.jobs;

import java.util.Optional;
import org.surgepolicy.application.jobs.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.out.BatchJobs;

/** The last recomputation that completed. */
public final class GetLastCompletedRecomputationService implements GetLastCompletedRecomputationQuery {

    private final BatchJobs jobs;

    public GetLastCompletedRecomputationService(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobRun> lastCompleted() {
        return jobs.lastCompletedRecomputation();
    }
}
