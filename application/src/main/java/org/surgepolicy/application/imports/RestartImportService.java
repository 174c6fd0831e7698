package org.surgepolicy.application.imports;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.RestartImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;

/** Resumes an import that failed, or whose job is gone, from its last committed chunk. */
public final class RestartImportService implements RestartImportUseCase {

    private final ImportRecords records;
    private final ImportLaunches launches;

    public RestartImportService(ImportRecords records, ImportLaunches launches) {
        this.records = records;
        this.launches = launches;
    }

    @Override
    public Outcome<ImportRun> restart(long importId) {
        return launches.exclusively(() -> restartFound(importId));
    }

    private Outcome<ImportRun> restartFound(long importId) {
        Outcome<ImportRun> found = Outcome.found(records.find(importId), "import " + importId);
        if (!(found instanceof Outcome.Done<ImportRun>(ImportRun run))) {
            return found;
        }
        return switch (run.state()) {
            case ImportState.Completed _, ImportState.Rejected _ -> new Outcome.InConflict<>("import " + importId
                + " is " + run.status() + "; it has ended and cannot be restarted");
            case ImportState.Active _ -> launches.jobAlive(run)
                ? new Outcome.InConflict<>("import " + importId + " is " + run.status() + " and its job is alive"
                    + (run.node() == null ? "" : " on node " + run.node()) + "; wait for it to end")
                : launches.requeue(run);
            case ImportState.Failed _ -> launches.requeue(run);
        };
    }
}
