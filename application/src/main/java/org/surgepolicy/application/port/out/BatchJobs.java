package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The batch jobs: the import of a file and the nightly recomputation, started, resumed and looked up. */
public interface BatchJobs {

    /** Where a job execution stands. */
    enum RunStatus {
        STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, UNKNOWN;

        public boolean running() {
            return this == STARTING || this == STARTED || this == STOPPING;
        }
    }

    /** One step of a job execution. */
    record StepRun(String name, RunStatus status, long readCount, long writeCount, long commitCount,
                   String exitDescription) {
    }

    /** One job execution. */
    record JobRun(long executionId, String jobName, RunStatus status, String exitCode, String exitDescription,
                  Instant startedAt, Instant endedAt, List<StepRun> steps) {
    }

    /** Starts the import job of a queued import in the background. */
    void startImport(ImportRun run);

    /** Resumes the failed import job of an import in the background, from its last committed chunk. */
    void resumeImport(ImportRun run);

    /** Starts the recomputation job in the background and returns its execution at once. */
    JobRun startRecomputation(String requestedBy);

    /** Runs the recomputation job in the calling thread, to its end. */
    JobRun runRecomputation(String requestedBy);

    /** A job execution of these jobs, if known. */
    Optional<JobRun> find(long executionId);

    /** The newest run of the recomputation job whose last execution completed, among the latest runs, if any. */
    Optional<JobRun> lastCompletedRecomputation();
}
