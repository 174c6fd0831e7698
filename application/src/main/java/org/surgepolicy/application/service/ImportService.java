package org.surgepolicy.application.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.in.PublishImportUseCase;
import org.surgepolicy.application.port.in.RestartImportUseCase;
import org.surgepolicy.application.port.in.StartImportUseCase;
import org.surgepolicy.application.port.out.BatchJobs;
import org.surgepolicy.application.port.out.ImportFiles;
import org.surgepolicy.application.port.out.ImportFormat;
import org.surgepolicy.application.port.out.ImportLine;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStatus;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.application.port.out.StoredFile;
import org.surgepolicy.domain.validation.Violation;

/** Starts, resumes, publishes and reports file imports. */
public final class ImportService implements StartImportUseCase, RestartImportUseCase, GetImportQuery,
    PublishImportUseCase, FailImportUseCase {

    private final ImportStore store;
    private final ImportFiles files;
    private final BatchJobs jobs;
    private final ImportPublisher publisher;
    private final PolicyEvaluations evaluations;
    private final Auditor auditor;
    private final Map<ImportFormat, Long> maxRejects;

    /** @param maxRejects the rejected lines each format tolerates when a request does not say */
    public ImportService(ImportStore store, ImportFiles files, BatchJobs jobs, ImportPublisher publisher,
                         PolicyEvaluations evaluations, Auditor auditor, Map<ImportFormat, Long> maxRejects) {
        this.store = store;
        this.files = files;
        this.jobs = jobs;
        this.publisher = publisher;
        this.evaluations = evaluations;
        this.auditor = auditor;
        this.maxRejects = Map.copyOf(maxRejects);
    }

    /** Not one transaction: the import must be committed before its job, on another thread, reads it. */
    @Override
    public Result start(Command command) {
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
            return new Invalid(violations);
        }
        StoredFile file;
        try {
            file = files.store(command.content());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be stored", e);
        }
        long limit = command.maxRejects() != null ? command.maxRejects()
            : maxRejects.getOrDefault(format.get(), 0L);
        ImportStore.Created created = store.create(new ImportStore.NewImport(format.get(), command.fileName(), file,
            limit, null, evaluations.now(), command.requestedBy()));
        return switch (created) {
            case ImportStore.Queued queued -> {
                jobs.startImport(queued.run());
                yield new Started(queued.run());
            }
            case ImportStore.AlreadyActive active -> {
                files.delete(file.location());
                yield new AlreadyRunning(active.active());
            }
        };
    }

    @Override
    public Outcome<ImportRun> restart(long importId) {
        Optional<ImportRun> found = store.find(importId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("import " + importId);
        }
        ImportRun run = found.get();
        if (run.status() != ImportStatus.FAILED) {
            return new Outcome.Invalid<>(List.of(new Violation("status", "import " + importId + " is "
                + run.status() + "; only a failed import can be restarted")));
        }
        if (!store.requeue(importId)) {
            return new Outcome.Invalid<>(List.of(new Violation("status", "another import of the same file (checksum "
                + run.checksum() + ") is running")));
        }
        ImportRun queued = store.find(importId).orElseThrow();
        jobs.resumeImport(queued);
        return new Outcome.Done<>(queued);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImportRun> find(long importId) {
        return store.find(importId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean rejects(long importId, Consumer<ImportLine.Rejected> reject) {
        if (store.find(importId).isEmpty()) {
            return false;
        }
        store.forEachReject(importId, reject);
        return true;
    }

    @Override
    @Transactional
    public ImportRun publish(long importId) {
        ImportRun run = store.find(importId)
            .orElseThrow(() -> new IllegalArgumentException("no import " + importId));
        if (run.status().finished()) {
            return run;
        }
        return publisher.publish(run);
    }

    @Override
    @Transactional
    public void fail(long importId, String reason) {
        store.find(importId).filter(run -> !run.status().finished()).ifPresent(run -> {
            store.finish(importId, ImportStatus.FAILED, reason, evaluations.now());
            auditor.record(Auditor.SYSTEM, "IMPORT_FAILED", "import " + importId,
                ImportPublisher.canonical(run), "import " + importId + " of " + run.format().code() + " file "
                    + run.fileName() + " failed: " + reason);
        });
    }
}
