package org.surgepolicy.application.imports;

import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;

/** An import as recorded, and its rejected lines. */
public final class GetImportService implements GetImportQuery {

    private final ImportRecords records;
    private final ImportStaging staging;

    public GetImportService(ImportRecords records, ImportStaging staging) {
        this.records = records;
        this.staging = staging;
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<ImportRun> find(long importId) {
        return Outcome.found(records.find(importId), "import " + importId);
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<ImportRun> rejects(long importId, Consumer<ImportLine.Rejected> reject) {
        Outcome<ImportRun> found = find(importId);
        if (found instanceof Outcome.Done) {
            staging.forEachReject(importId, reject);
        }
        return found;
    }
}
