package org.surgepolicy.application.service;

import java.time.Clock;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStatus;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.application.port.out.StagedTallyLedger;
import org.surgepolicy.application.port.out.TallyLedger;
import org.surgepolicy.domain.audit.AuditAction;

/**
 * Makes a staged import visible inside the caller's transaction: duplicate keys rejected, the reject limit applied,
 * the rows published set-based, the determinations that follow recorded, and the outcome audited.
 */
public final class ImportPublisher {

    private final ImportStore store;
    private final StagedTallyLedger ledger;
    private final PublishedStatistics statistics;
    private final DeterminationRecorder recorder;
    private final Clock clock;
    private final Auditor auditor;

    public ImportPublisher(ImportStore store, StagedTallyLedger ledger, PublishedStatistics statistics,
                           DeterminationRecorder recorder, Clock clock, Auditor auditor) {
        this.store = store;
        this.ledger = ledger;
        this.statistics = statistics;
        this.recorder = recorder;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Publishes the staged rows of a running import, or rejects the import whole; returns it as it ends. */
    ImportRun publish(ImportRun staged) {
        long id = staged.id();
        store.rejectDuplicateKeys(id, staged.format());
        ImportRun run = store.count(id);
        if (run.rowsRejected() > run.maxRejects()) {
            store.discardStaged(id);
            String reason = run.rowsRejected() + " lines rejected, more than the " + run.maxRejects()
                + " this import allows: nothing was imported (see its rejects)";
            store.finish(id, ImportStatus.REJECTED, reason, clock.instant());
            auditor.record(run.createdBy(), AuditAction.IMPORT_FAILED, "import " + id, canonical(run),
                "import " + id + " of " + run.format().code() + " file " + run.fileName() + ": " + reason);
            return store.find(id).orElseThrow();
        }
        long revised;
        long unchanged;
        if (run.format().daily()) {
            TallyLedger.AppendResult result = ledger.publish(id, run.createdBy(), run.source());
            revised = result.stored();
            unchanged = result.unchanged();
        } else {
            PublishedStatistics.PublishResult result = statistics.publish(id, clock.instant());
            revised = result.revised();
            unchanged = result.unchanged();
        }
        store.recordPublished(id, revised, unchanged);
        store.discardStaged(id);
        store.finish(id, ImportStatus.COMPLETED, null, clock.instant());
        ImportRun done = store.find(id).orElseThrow();
        auditor.record(run.createdBy(), AuditAction.IMPORT_COMPLETED, "import " + id, canonical(done),
            "import " + id + " of " + run.format().code() + " file " + run.fileName() + ": " + done.linesRead()
                + " lines, " + revised + " rows new or revised, " + unchanged + " unchanged, " + done.rowsRejected()
                + " rejected");
        if (run.format().daily() && revised > 0) {
            recorder.recordAll();
        }
        return done;
    }

    /** The audited payload of an import: what was imported (the file's digest) and what it did. */
    static String canonical(ImportRun run) {
        return String.join("\n", Long.toString(run.id()), run.format().code(), run.checksum(), run.source(),
            Long.toString(run.linesRead()), Long.toString(run.rowsRevised()), Long.toString(run.rowsUnchanged()),
            Long.toString(run.rowsRejected()));
    }
}
