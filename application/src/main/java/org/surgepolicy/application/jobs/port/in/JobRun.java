package org.surgepolicy.application.jobs.port.in;

import java.time.Instant;
import java.util.List;

/**
 * One execution of a batch job: the import of a file or the nightly recomputation.
 *
 * @param requestedBy who started it, when the job records that (null otherwise)
 * @param policies    per policy, what a recomputation recorded (empty for other jobs)
 * @param reports     the report files it wrote (empty for other jobs)
 */
public record JobRun(long executionId, String jobName, RunStatus status, String exitCode, String exitDescription,
                     Instant startedAt, Instant endedAt, String requestedBy, List<StepRun> steps,
                     List<PolicyRecomputed> policies, List<ReportWritten> reports) {

    public JobRun {
        steps = List.copyOf(steps);
        policies = List.copyOf(policies);
        reports = List.copyOf(reports);
    }

    /** Where a job execution stands. */
    public enum RunStatus {
        STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, UNKNOWN;

        public boolean running() {
            return this == STARTING || this == STARTED || this == STOPPING;
        }
    }

    /**
     * One step of a job execution.
     *
     * @param readCount  what the step read: lines, days evaluated, policies reported, days compared
     * @param writeCount what it wrote: rows staged, determinations and restatements recorded, report files
     * @param skipCount  what it left out: rejected lines, days whose aggregates differ
     * @param summary    those counts in words, or null before the step has said them
     */
    public record StepRun(String name, RunStatus status, long readCount, long writeCount, long skipCount,
                          long commitCount, String summary, String exitDescription) {
    }

    /** What a recomputation recorded for one policy for the first time. */
    public record PolicyRecomputed(String policyId, int determinationsRecorded, int restatementsRecorded) {
    }

    /**
     * A report file a job wrote.
     *
     * @param name the report's name in the report archive (see {@link Report})
     * @param path where the file is, as the writing node sees it
     */
    public record ReportWritten(String name, String path) {
    }
}
