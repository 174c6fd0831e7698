package org.surgepolicy.application.imports;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.application.jobs.port.out.BatchJobs;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;

/**
 * Hands queued imports to their jobs, for the use cases that start, restart and recover imports. An import is never
 * left queued without a job that will move it: a launch that fails ends it as failed (restartable) at once.
 */
public final class ImportLaunches {

    private final ImportRecords records;
    private final ImportStates states;
    private final BatchJobs jobs;
    private final Clock clock;
    private final FailImportUseCase failures;
    /**
     * Held from recording or queueing an import until its job is launched, and while a restart judges whether an
     * import's job is alive: on this node, an import that is queued and has no job is then one whose launch is over.
     */
    private final Object launches = new Object();

    /**
     * @param failures ends an import as failed in its own transaction (the import's record commits first, so that its
     *                 job, on another thread, can read it)
     */
    public ImportLaunches(ImportRecords records, ImportStates states, BatchJobs jobs, Clock clock,
                          FailImportUseCase failures) {
        this.records = records;
        this.states = states;
        this.jobs = jobs;
        this.clock = clock;
        this.failures = failures;
    }

    /** Runs {@code work} while no launch of this node is under way. */
    <T> T exclusively(Supplier<T> work) {
        synchronized (launches) {
            return work.get();
        }
    }

    /** The node whose jobs these are. */
    String node() {
        return jobs.node();
    }

    /** Whether an import's job will still move it (see {@link BatchJobs#importJobAlive}). */
    boolean jobAlive(ImportRun run) {
        return jobs.importJobAlive(run);
    }

    /** Starts the job of a newly queued import; returns the import as it is then. */
    ImportRun start(ImportRun queued) {
        return launch(queued, jobs::startImport);
    }

    /** Queues the import again as it was seen (one restart wins when several race) and resumes its job. */
    Outcome<ImportRun> requeue(ImportRun seen) {
        long id = seen.id();
        return switch (states.requeue(id, seen.status(), seen.attempt(), jobs.node(), clock.instant())) {
            case REQUEUED -> new Outcome.Done<>(launch(records.find(id).orElseThrow(), jobs::resumeImport));
            case MOVED -> new Outcome.InConflict<>("import " + id
                + " was restarted, or moved on by its job, meanwhile");
            case SAME_FILE_ACTIVE -> new Outcome.InConflict<>("another import of the same file (checksum "
                + seen.checksum() + ") is queued or running");
        };
    }

    /**
     * Hands a queued import to its job; a launch that fails ends it as failed at once, so that it can be restarted
     * rather than stay queued with no job. Returns the import as it is then.
     */
    private ImportRun launch(ImportRun queued, Function<ImportRun, BatchJobs.ImportLaunch> launcher) {
        try {
            if (launcher.apply(queued) == BatchJobs.ImportLaunch.WAITING
                && queued.state() instanceof ImportState.Queued waiting) {
                states.markWaiting(queued.id(), queued.attempt(), waiting.waiting("waiting for one of the "
                    + jobs.importSlots() + " imports that run at once on node " + jobs.node()
                    + " to end (surge.import.concurrency)"));
            }
        } catch (RuntimeException e) {
            failures.fail(queued.id(), queued.attempt(), "its job could not be started (" + e.getMessage()
                + "); restart it");
        }
        return records.find(queued.id()).orElseThrow();
    }
}
