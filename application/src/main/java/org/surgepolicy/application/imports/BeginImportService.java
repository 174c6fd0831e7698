package org.surgepolicy.application.imports;

import org.surgepolicy.application.imports.port.in.BeginImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportStates;

/** Marks an import running when its job starts. */
public final class BeginImportService implements BeginImportUseCase {

    private final ImportStates states;

    public BeginImportService(ImportStates states) {
        this.states = states;
    }

    /** Not in a transaction: a refusal is the database's, and must not abort one. */
    @Override
    public boolean begin(long importId, long jobExecutionId) {
        return states.markRunning(importId, jobExecutionId);
    }
}
