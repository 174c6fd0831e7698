package org.surgepolicy.application.port.in;

/** Audit the end of a job execution. */
public interface RecordJobRunUseCase {

    void record(Command command);

    /** @param status how it ended, such as COMPLETED or FAILED */
    record Command(String jobName, long executionId, String status, String summary) {
    }
}
