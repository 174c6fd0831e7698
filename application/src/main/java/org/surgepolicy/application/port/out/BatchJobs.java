package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.imports.ImportRun;

/**
 * The batch jobs: the import of a file and the nightly recomputation, started, resumed and looked up. At most one
 * recomputation runs at a time across every node, whoever starts it (the schedule, a REST call, the command line).
 */
public interface BatchJobs {

    /** Where a job execution stands. */
    enum RunStatus {
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
    record StepRun(String name, RunStatus status, long readCount, long writeCount, long skipCount, long commitCount,
                   String summary, String exitDescription) {
    }

    /** What a recomputation recorded for one policy for the first time. */
    record PolicyRecomputed(String policyId, int determinationsRecorded, int restatementsRecorded) {
    }

    /**
     * A report file a job wrote.
     *
     * @param name the report's name in the report archive (see {@link ReportArchive})
     * @param path where the file is, as the writing node sees it
     */
    record ReportWritten(String name, String path) {
    }

    /**
     * One job execution.
     *
     * @param requestedBy who started it, when the job records that (null otherwise)
     * @param policies    per policy, what a recomputation recorded (empty for other jobs)
     * @param reports     the report files it wrote (empty for other jobs)
     */
    record JobRun(long executionId, String jobName, RunStatus status, String exitCode, String exitDescription,
                  Instant startedAt, Instant endedAt, String requestedBy, List<StepRun> steps,
                  List<PolicyRecomputed> policies, List<ReportWritten> reports) {

        public JobRun {
            steps = List.copyOf(steps);
            policies = List.copyOf(policies);
            reports = List.copyOf(reports);
        }
    }

    /**
     * The recomputation that holds the cluster's lock.
     *
     * @param executionId its job execution, or null in the moment between taking the lock and starting the job
     * @param since       when it started (or took the lock)
     * @param requestedBy who started it, when known
     */
    record RunningRecomputation(Long executionId, Instant since, String requestedBy) {

        /** The one sentence every trigger answers with. */
        public String sentence() {
            return "The nightly recomputation" + (executionId == null ? "" : " (job execution " + executionId + ")")
                + " is already running since " + since + (requestedBy == null ? "" : ", started by " + requestedBy)
                + "; this one was not started.";
        }
    }

    /** What asking for a recomputation yields. */
    sealed interface Launch {
    }

    /** The recomputation was started (and, when run to its end, has ended). */
    record Launched(JobRun run) implements Launch {
    }

    /** Another recomputation holds the lock: nothing was started. */
    record Busy(RunningRecomputation running) implements Launch {
    }

    /** Where a launched import stands: its job runs, or it waits for one of this node's import slots. */
    enum ImportLaunch {
        RUNNING,
        WAITING
    }

    /** The id of this node: the imports it records are started here. */
    String node();

    /** How many imports run at once on this node. */
    int importSlots();

    /** Starts the import job of a queued import in the background, at once or when a slot frees. */
    ImportLaunch startImport(ImportRun run);

    /**
     * Resumes the import job of a queued import in the background, from its last committed chunk (after a failure,
     * or after its job was cut off), or starts it if it never ran.
     */
    ImportLaunch resumeImport(ImportRun run);

    /**
     * Whether an import's job will still move it: an execution that runs or waits in this process, or another node's
     * execution that moved (or another node's queued import, not launched yet) within the time after which a node's
     * jobs are taken over. The caller makes sure that no launch of this node is under way meanwhile.
     */
    boolean importJobAlive(ImportRun run);

    /** Starts the recomputation job in the background and returns its execution at once, unless one is running. */
    Launch startRecomputation(String requestedBy);

    /** Runs the recomputation job in the calling thread, to its end, unless one is running. */
    Launch runRecomputation(String requestedBy);

    /** A job execution of these jobs, if known. */
    Optional<JobRun> find(long executionId);

    /** The newest run of the recomputation job whose last execution completed, among the latest runs, if any. */
    Optional<JobRun> lastCompletedRecomputation();
}
