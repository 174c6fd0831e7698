package org.surgepolicy.application.port.in;

import java.util.Optional;
import org.surgepolicy.application.port.out.BatchJobs;

/** A job execution's status and steps. */
public interface GetJobRunQuery {

    Optional<BatchJobs.JobRun> find(long executionId);
}
