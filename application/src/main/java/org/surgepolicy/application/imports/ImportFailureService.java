package org.surgepolicy.application.imports;

import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.domain.audit.AuditAction;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;

/** Ends imports as failed, each with its audit event, in one transaction. */
public final class ImportFailureService implements FailImportUseCase {

    private final ImportRecords records;
    private final ImportStates states;
    private final Clock clock;
    private final Auditor auditor;

    public ImportFailureService(ImportRecords records, ImportStates states, Clock clock,
                                Auditor auditor) {
        this.records = records;
        this.states = states;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Outcome<ImportRun> fail(long importId, String reason) {
        Optional<ImportRun> found = records.find(importId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("import " + importId);
        }
        if (!(found.get().state() instanceof ImportState.Active active)) {
            return new Outcome.InConflict<>("import " + importId + " is " + found.get().status()
                + ", neither queued nor running");
        }
        states.finish(importId, active.fail(reason, clock.instant()));
        audit(found.get(), reason);
        return new Outcome.Done<>(records.find(importId).orElseThrow());
    }

    @Override
    @Transactional
    public Outcome<ImportRun> fail(long importId, long seenAttempt, String reason) {
        // The store fails it only while it is still queued or running at that attempt: Active.fail, in one statement.
        if (!states.failAttempt(importId, seenAttempt, new ImportState.Failed(reason, clock.instant()))) {
            return new Outcome.InConflict<>("import " + importId + " is no longer queued or running at attempt "
                + seenAttempt);
        }
        ImportRun failed = records.find(importId).orElseThrow();
        audit(failed, reason);
        return new Outcome.Done<>(failed);
    }

    private void audit(ImportRun run, String reason) {
        auditor.record(Auditor.SYSTEM, AuditAction.IMPORT_FAILED, "import " + run.id(), ImportPublisher.canonical(run),
            "import " + run.id() + " of " + run.format().code() + " file " + run.fileName() + " failed: " + reason);
    }
}
