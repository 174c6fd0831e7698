package org.surgepolicy.application.imports;

import org.surgepolicy.application.imports.port.in.EndImportJobUseCase;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.imports.port.out.ImportRecords;

/** Fails an import whose job did not complete, and removes the file of one that has ended for good. */
public final class EndImportJobService implements EndImportJobUseCase {

    private final ImportRecords records;
    private final ImportFiles files;
    private final FailImportUseCase failures;

    public EndImportJobService(ImportRecords records, ImportFiles files, FailImportUseCase failures) {
        this.records = records;
        this.files = files;
        this.failures = failures;
    }

    /** Not one transaction: a failure is recorded in its own, and a file is not a database's to roll back. */
    @Override
    public void ended(long importId, String failure) {
        if (failure != null) {
            failures.fail(importId, failure);
        }
        records.find(importId).filter(run -> run.status().finished()).ifPresent(run -> files.delete(run.storedFile()));
    }
}
