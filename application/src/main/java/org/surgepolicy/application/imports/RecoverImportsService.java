package org.surgepolicy.application.imports;

import java.util.ArrayList;
import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.RecoverImportsUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;

/** Restarts, when a node starts, every import that is under way but whose job is gone. */
public final class RecoverImportsService implements RecoverImportsUseCase {

    private final ImportRecords records;
    private final ImportLaunches launches;

    public RecoverImportsService(ImportRecords records, ImportLaunches launches) {
        this.records = records;
        this.launches = launches;
    }

    @Override
    public List<Long> recover() {
        List<Long> restarted = new ArrayList<>();
        for (ImportRun active : records.active()) {
            boolean restartedNow = launches.exclusively(() -> records.find(active.id())
                .filter(run -> run.state() instanceof ImportState.Active && !launches.jobAlive(run))
                .map(launches::requeue)
                .filter(Outcome.Done.class::isInstance)
                .isPresent());
            if (restartedNow) {
                restarted.add(active.id());
            }
        }
        return restarted;
    }
}
