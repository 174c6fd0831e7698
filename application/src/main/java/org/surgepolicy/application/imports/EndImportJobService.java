package org.surgepolicy.application.imports;

import org.surgepolicy.application.imports.port.in.EndImportJobUseCase;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.imports.port.out.ImportRecords;

/**
 * Fails an import whose job did not complete, removes the file of one that has ended for good, and forgets the run's
 * watch for distinct keys (a run resumed later has its own, or none).
 */
public final class EndImportJobService implements EndImportJobUseCase {

    private final ImportRecords records;
    private final ImportFiles files;
    private final FailImportUseCase failures;
    private final DistinctKeyWatches keyWatches;

    public EndImportJobService(ImportRecords records, ImportFiles files, FailImportUseCase failures,
                               DistinctKeyWatches keyWatches) {
        this.records = records;
        this.files = files;
        this.failures = failures;
        this.keyWatches = keyWatches;
    }

    /** Not one transaction: a failure is recorded in its own, and a file is not a database's to roll back. */
    @Override
    public void ended(long importId, String failure) {
        keyWatches.forget(importId);
        if (failure != null) {
            failures.fail(importId, failure);
        }
        records.find(importId).filter(run -> run.status().finished()).ifPresent(run -> files.delete(run.storedFile()));
    }
}
