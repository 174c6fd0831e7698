package org.surgepolicy.application.service;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.in.PublishImportUseCase;
import org.surgepolicy.application.port.in.RecoverImportsUseCase;
import org.surgepolicy.application.port.in.RestartImportUseCase;
import org.surgepolicy.application.port.in.StartImportUseCase;
import org.surgepolicy.application.port.out.BatchJobs;
import org.surgepolicy.application.port.out.ImportFiles;
import org.surgepolicy.application.port.out.ImportFormat;
import org.surgepolicy.application.port.out.ImportLine;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.application.port.out.StoredFile;
import org.surgepolicy.domain.validation.Violation;

/**
 * Starts, resumes, publishes and reports file imports. An import is never left queued or running without a job that
 * will move it: a launch that fails ends it as failed (restartable) at once, and one whose job is gone is restarted,
 * by hand or when a node starts.
 */
public final class ImportService implements StartImportUseCase, RestartImportUseCase, RecoverImportsUseCase,
    GetImportQuery, PublishImportUseCase {

    private final ImportStore store;
    private final ImportFiles files;
    private final BatchJobs jobs;
    private final ImportPublisher publisher;
    private final Clock clock;
    private final FailImportUseCase failures;
    private final Map<ImportFormat, Long> maxRejects;
    /**
     * Held from recording or queueing an import until its job is launched, and while a restart judges whether an
     * import's job is alive: on this node, an import that is queued and has no job is then one whose launch is over.
     */
    private final Object launches = new Object();

    /**
     * @param failures   ends an import as failed in its own transaction (the import's record commits first, so that
     *                   its job, on another thread, can read it)
     * @param maxRejects the rejected lines each format tolerates when a request does not say
     */
    public ImportService(ImportStore store, ImportFiles files, BatchJobs jobs, ImportPublisher publisher,
                         Clock clock, FailImportUseCase failures,
                         Map<ImportFormat, Long> maxRejects) {
        this.store = store;
        this.files = files;
        this.jobs = jobs;
        this.publisher = publisher;
        this.clock = clock;
        this.failures = failures;
        this.maxRejects = Map.copyOf(maxRejects);
    }

    /** Not one transaction: the import must be committed before its job, on another thread, reads it. */
    @Override
    public Outcome<ImportRun> start(Command command) {
        List<Violation> violations = new ArrayList<>();
        Optional<ImportFormat> format = ImportFormat.fromCode(command.format());
        if (format.isEmpty()) {
            violations.add(new Violation("format", command.format() == null ? "is required"
                : "unknown format '" + command.format() + "'; expected one of " + ImportFormat.codes()));
        }
        if (command.maxRejects() != null && command.maxRejects() < 0) {
            violations.add(new Violation("maxRejects", "must be 0 or more, was " + command.maxRejects()));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        StoredFile file;
        try {
            file = files.store(command.content());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be stored", e);
        }
        long limit = command.maxRejects() != null ? command.maxRejects()
            : maxRejects.getOrDefault(format.get(), 0L);
        synchronized (launches) {
            ImportStore.Created created = store.create(new ImportStore.NewImport(format.get(), command.fileName(),
                file, limit, null, clock.instant(), command.requestedBy(), jobs.node()));
            return switch (created) {
                case ImportStore.Queued queued -> new Outcome.Done<>(launch(queued.run(), jobs::startImport));
                case ImportStore.AlreadyActive active -> {
                    files.delete(file.location());
                    yield new StartImportUseCase.AlreadyRunning(active.active());
                }
            };
        }
    }

    @Override
    public Outcome<ImportRun> restart(long importId) {
        synchronized (launches) {
            return restartFound(importId);
        }
    }

    private Outcome<ImportRun> restartFound(long importId) {
        Outcome<ImportRun> found = find(importId);
        if (!(found instanceof Outcome.Done<ImportRun>(ImportRun run))) {
            return found;
        }
        return switch (run.status()) {
            case COMPLETED, REJECTED -> new Outcome.InConflict<>("import " + importId + " is " + run.status()
                + "; it has ended and cannot be restarted");
            case QUEUED, RUNNING -> jobs.importJobAlive(run)
                ? new Outcome.InConflict<>("import " + importId + " is " + run.status() + " and its job is alive"
                    + (run.node() == null ? "" : " on node " + run.node()) + "; wait for it to end")
                : requeue(run);
            case FAILED -> requeue(run);
        };
    }

    @Override
    public List<Long> recover() {
        List<Long> restarted = new ArrayList<>();
        for (ImportRun active : store.active()) {
            synchronized (launches) {
                store.find(active.id()).filter(run -> run.status().active() && !jobs.importJobAlive(run))
                    .filter(run -> requeue(run) instanceof Outcome.Done)
                    .ifPresent(run -> restarted.add(run.id()));
            }
        }
        return restarted;
    }

    /** Queues the import again as it was seen (one restart wins when several race) and resumes its job. */
    private Outcome<ImportRun> requeue(ImportRun seen) {
        long id = seen.id();
        return switch (store.requeue(id, seen.status(), seen.attempt(), jobs.node(), clock.instant())) {
            case REQUEUED -> new Outcome.Done<>(launch(store.find(id).orElseThrow(), jobs::resumeImport));
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
            if (launcher.apply(queued) == BatchJobs.ImportLaunch.WAITING) {
                store.markWaiting(queued.id(), queued.attempt(), "waiting for one of the " + jobs.importSlots()
                    + " imports that run at once on node " + jobs.node() + " to end (surge.import.concurrency)");
            }
        } catch (RuntimeException e) {
            failures.fail(queued.id(), queued.attempt(), "its job could not be started (" + e.getMessage()
                + "); restart it");
        }
        return store.find(queued.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<ImportRun> find(long importId) {
        return Outcome.found(store.find(importId), "import " + importId);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<ImportRun> rejects(long importId, Consumer<ImportLine.Rejected> reject) {
        Outcome<ImportRun> found = find(importId);
        if (found instanceof Outcome.Done) {
            store.forEachReject(importId, reject);
        }
        return found;
    }

    @Override
    @Transactional
    public Outcome<ImportRun> publish(long importId) {
        Outcome<ImportRun> found = find(importId);
        if (!(found instanceof Outcome.Done<ImportRun>(ImportRun run)) || run.status().finished()) {
            return found;
        }
        return new Outcome.Done<>(publisher.publish(run));
    }
}
