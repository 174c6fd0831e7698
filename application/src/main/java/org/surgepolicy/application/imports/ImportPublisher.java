package org.surgepolicy.application.imports;

import java.time.Clock;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.application.imports.port.out.StagedTallyLedger;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.audit.AuditAction;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.StatisticsFormat;
import org.surgepolicy.domain.imports.TallyFormat;

/**
 * Makes a staged import visible inside the caller's transaction: duplicate keys rejected (unless the staging proved
 * that there are none, see {@link DistinctKeyWatches}), the reject limit applied,
 * the rows published set-based where the format sends them, the determinations that follow recorded, and the outcome
 * audited.
 */
public final class ImportPublisher {

    private final ImportRecords records;
    private final ImportStates states;
    private final ImportStaging staging;
    private final StagedTallyLedger ledger;
    private final PublishedStatistics statistics;
    private final DeterminationRecorder recorder;
    private final Clock clock;
    private final Auditor auditor;
    private final DistinctKeyWatches keyWatches;

    public ImportPublisher(ImportRecords records, ImportStates states, ImportStaging staging, StagedTallyLedger ledger,
                           PublishedStatistics statistics, DeterminationRecorder recorder,
                           Clock clock, Auditor auditor, DistinctKeyWatches keyWatches) {
        this.records = records;
        this.states = states;
        this.staging = staging;
        this.ledger = ledger;
        this.statistics = statistics;
        this.recorder = recorder;
        this.clock = clock;
        this.auditor = auditor;
        this.keyWatches = keyWatches;
    }

    /** What publishing the rows did, and whether it moved the ledger (so that determinations may follow). */
    private record Published(long revised, long unchanged, boolean ledgerMoved) {
    }

    /** Publishes the staged rows of an import under way, or rejects the import whole; returns it as it ends. */
    ImportRun publish(ImportRun staged) {
        long id = staged.id();
        // A daily file that this process watched being staged whole, in date order, is proven to hold no key twice:
        // its staged rows need no look. Any other is looked at, and its repeated keys rejected.
        if (!keyWatches.takeProof(id)) {
            staging.rejectDuplicateKeys(id, staged.format());
        }
        ImportRun run = staging.count(id);
        ImportState.Running running = running(run);
        if (run.rowsRejected() > run.maxRejects()) {
            staging.discardStaged(id);
            String reason = run.rowsRejected() + " lines rejected, more than the " + run.maxRejects()
                + " this import allows: nothing was imported (see its rejects)";
            states.finish(id, running.reject(reason, clock.instant()));
            auditor.record(run.createdBy(), AuditAction.IMPORT_FAILED, "import " + id, canonical(run),
                "import " + id + " of " + run.format().code() + " file " + run.fileName() + ": " + reason);
            return records.find(id).orElseThrow();
        }
        Published published = switch (run.format()) {
            case TallyFormat _ -> {
                // The ledger takes the staged rows out itself, as late as the commit: they are what it publishes.
                TallyLedger.AppendResult result = ledger.publish(id, run.createdBy(), run.source());
                yield new Published(result.stored(), result.unchanged(), result.stored() > 0);
            }
            case StatisticsFormat _ -> {
                PublishedStatistics.PublishResult result = statistics.publish(id, clock.instant());
                staging.discardStaged(id);
                yield new Published(result.revised(), result.unchanged(), false);
            }
        };
        staging.recordPublished(id, published.revised(), published.unchanged());
        states.finish(id, running.complete(clock.instant()));
        ImportRun done = records.find(id).orElseThrow();
        auditor.record(run.createdBy(), AuditAction.IMPORT_COMPLETED, "import " + id, canonical(done),
            "import " + id + " of " + run.format().code() + " file " + run.fileName() + ": " + done.linesRead()
                + " lines, " + published.revised() + " rows new or revised, " + published.unchanged()
                + " unchanged, " + done.rowsRejected() + " rejected");
        if (published.ledgerMoved()) {
            recorder.recordAll();
        }
        return done;
    }

    /** The import as running, the state its publish moves on from. */
    private static ImportState.Running running(ImportRun run) {
        return switch (run.state()) {
            case ImportState.Running running -> running;
            // Staged and published in the caller's transaction, without a job: the demonstration data.
            case ImportState.Queued queued -> queued.start();
            // Its job ran on after a node took it for dead and failed it: what it staged is whole all the same.
            case ImportState.Failed failed -> failed.requeue().start();
            case ImportState.Completed _, ImportState.Rejected _ -> throw new IllegalStateException("import "
                + run.id() + " is " + run.status() + "; it has ended and is not published again");
        };
    }

    /** The audited payload of an import: what was imported (the file's digest) and what it did. */
    static String canonical(ImportRun run) {
        return String.join("\n", Long.toString(run.id()), run.format().code(), run.checksum(), run.source(),
            Long.toString(run.linesRead()), Long.toString(run.rowsRevised()), Long.toString(run.rowsUnchanged()),
            Long.toString(run.rowsRejected()));
    }
}
