package org.surgepolicy.application.service;

import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.FailImportUseCase;
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
    public Optional<ImportRun> fail(long importId, String reason) {
        Optional<ImportRun> running = store.find(importId).filter(run -> run.status().active());
        if (running.isEmpty()) {
            return Optional.empty();
        }
        store.finish(importId, ImportStatus.FAILED, reason, clock.instant());
        audit(running.get(), reason);
        return store.find(importId);
    }

    @Override
    @Transactional
    public Optional<ImportRun> fail(long importId, long seenAttempt, String reason) {
        if (!store.failAttempt(importId, seenAttempt, reason, clock.instant())) {
            return Optional.empty();
        }
        ImportRun failed = store.find(importId).orElseThrow();
        audit(failed, reason);
        return Optional.of(failed);
    }

    private void audit(ImportRun run, String reason) {
        auditor.record(Auditor.SYSTEM, AuditAction.IMPORT_FAILED, "import " + run.id(), ImportPublisher.canonical(run),
            "import " + run.id() + " of " + run.format().code() + " file " + run.fileName() + " failed: " + reason);
    }
}
