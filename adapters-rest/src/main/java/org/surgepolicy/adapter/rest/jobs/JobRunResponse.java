package org.surgepolicy.adapter.rest.jobs;

import java.time.Instant;
import java.util.List;

/** A job execution: its status, and each step's. */
public record JobRunResponse(long executionId, String jobName, String status, String exitCode, String exitDescription,
                             Instant startedAt, Instant endedAt, List<StepRunResponse> steps) {

    /** One step of a job execution. */
    public record StepRunResponse(String name, String status, long readCount, long writeCount, long commitCount,
                                  String exitDescription) {
    }
}
