package org.surgepolicy.application.service;

import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStatus;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.domain.audit.AuditAction;

/** Ends imports as failed, each with its audit event, in one transaction. */
public final class ImportFailureService implements FailImportUseCase {

    private final ImportStore store;
    private final Clock clock;
    private final Auditor auditor;

    public ImportFailureService(ImportStore store, Clock clock, Auditor auditor) {
        this.store = store;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Outcome<ImportRun> fail(long importId, String reason) {
        Optional<ImportRun> found = store.find(importId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("import " + importId);
        }
        if (!found.get().status().active()) {
            return new Outcome.InConflict<>("import " + importId + " is " + found.get().status()
                + ", neither queued nor running");
        }
        store.finish(importId, ImportStatus.FAILED, reason, clock.instant());
        audit(found.get(), reason);
        return new Outcome.Done<>(store.find(importId).orElseThrow());
    }

    @Override
    @Transactional
    public Outcome<ImportRun> fail(long importId, long seenAttempt, String reason) {
        if (!store.failAttempt(importId, seenAttempt, reason, clock.instant())) {
            return new Outcome.InConflict<>("import " + importId + " is no longer queued or running at attempt "
                + seenAttempt);
        }
        ImportRun failed = store.find(importId).orElseThrow();
        audit(failed, reason);
        return new Outcome.Done<>(failed);
    }

    private void audit(ImportRun run, String reason) {
        auditor.record(Auditor.SYSTEM, AuditAction.IMPORT_FAILED, "import " + run.id(), ImportPublisher.canonical(run),
            "import " + run.id() + " of " + run.format().code() + " file " + run.fileName() + " failed: " + reason);
    }
}
