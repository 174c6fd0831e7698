package org.surgepolicy.application.imports;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.imports.port.in.StageImportLinesUseCase;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.domain.imports.ImportLine;

/** Stages the lines an import's job has read, chunk by chunk. */
public final class StageImportLinesService implements StageImportLinesUseCase {

    private final ImportStaging staging;

    public StageImportLinesService(ImportStaging staging) {
        this.staging = staging;
    }

    @Override
    @Transactional
    public void stage(long importId, List<ImportLine> lines) {
        staging.stage(importId, lines);
    }
}
