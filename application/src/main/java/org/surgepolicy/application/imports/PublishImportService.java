package org.surgepolicy.application.imports;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.common.port.in.Outcome;
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
    public Outcome<ImportRun> publish(long importId) {
        Outcome<ImportRun> found = Outcome.found(records.find(importId), "import " + importId);
        if (!(found instanceof Outcome.Done<ImportRun>(ImportRun run)) || run.status().finished()) {
            return found;
        }
        return new Outcome.Done<>(publisher.publish(run));
    }
}
