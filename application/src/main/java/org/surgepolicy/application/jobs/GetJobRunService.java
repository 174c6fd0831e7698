package org.surgepolicy.application.jobs;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.out.BatchJobs;

/** Looks a job execution up. */
public final class GetJobRunService implements GetJobRunQuery {

    private final BatchJobs jobs;

    public GetJobRunService(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Outcome<JobRun> find(long executionId) {
        return Outcome.found(jobs.find(executionId), "job execution " + executionId);
    }
}
