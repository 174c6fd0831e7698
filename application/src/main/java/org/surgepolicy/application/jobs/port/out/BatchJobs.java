package org.surgepolicy.application.jobs.port.out;

import java.util.Optional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.domain.imports.ImportRun;

/**
 * The batch jobs: the import of a file and the nightly recomputation, started, resumed and looked up. At most one
 * recomputation runs at a time across every node, whoever starts it (the schedule, a REST call, the command line).
 */
public interface BatchJobs {

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
    Outcome<JobRun> startRecomputation(String requestedBy);

    /** Runs the recomputation job in the calling thread, to its end, unless one is running. */
    Outcome<JobRun> runRecomputation(String requestedBy);

    /** A job execution of these jobs, if known. */
    Optional<JobRun> find(long executionId);

    /** The newest run of the recomputation job whose last execution completed, among the latest runs, if any. */
    Optional<JobRun> lastCompletedRecomputation();
}
