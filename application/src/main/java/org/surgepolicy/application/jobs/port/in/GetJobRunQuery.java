package org.surgepolicy.application.jobs.port.in;

import java.util.Optional;

/** A job execution's status and steps. */
public interface GetJobRunQuery {

    Optional<JobRun> find(long executionId);
}
