package org.surgepolicy.application.jobs.port.in;

import org.surgepolicy.application.common.port.in.Outcome;

/** A job execution's status and steps. */
public interface GetJobRunQuery {

    /** NotFound when no job execution of these jobs has that id. */
    Outcome<JobRun> find(long executionId);
}
