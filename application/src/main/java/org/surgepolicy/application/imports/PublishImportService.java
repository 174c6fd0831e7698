package org.surgepolicy.application.imports;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.imports.port.in.PublishImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.domain.imports.ImportRun;

/** Publishes an import whose file its job has staged whole, once: an import that has ended is answered as it is. */
public final class PublishImportService implements PublishImportUseCase {

    private final ImportRecords records;
    private final ImportPublisher publisher;

    public PublishImportService(ImportRecords records, ImportPublisher publisher) {
        this.records = records;
        this.publisher = publisher;
    }

    @Override
    @Transactional
    public ImportRun publish(long importId) {
        ImportRun run = records.find(importId)
            .orElseThrow(() -> new IllegalArgumentException("no import " + importId));
        if (run.status().finished()) {
            return run;
        }
        return publisher.publish(run);
    }
}
