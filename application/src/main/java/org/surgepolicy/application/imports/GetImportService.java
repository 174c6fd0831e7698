package org.surgepolicy.application.imports;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;
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
    public Optional<ImportRun> find(long importId) {
        return records.find(importId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean rejects(long importId, Consumer<ImportLine.Rejected> reject) {
        if (records.find(importId).isEmpty()) {
            return false;
        }
        staging.forEachReject(importId, reject);
        return true;
    }
}
