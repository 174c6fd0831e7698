package org.surgepolicy.application.imports;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.imports.port.in.StageImportLinesUseCase;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.domain.imports.ImportLine;

/**
 * Stages the lines an import's job has read, chunk by chunk, and shows them to the import's watch for distinct keys
 * ({@link DistinctKeyWatches}), which may spare its publish the look for keys that repeat.
 */
public final class StageImportLinesService implements StageImportLinesUseCase {

    private final ImportStaging staging;
    private final DistinctKeyWatches keyWatches;

    public StageImportLinesService(ImportStaging staging, DistinctKeyWatches keyWatches) {
        this.staging = staging;
        this.keyWatches = keyWatches;
    }

    @Override
    @Transactional
    public void stage(long importId, List<ImportLine> lines) {
        staging.stage(importId, lines);
        keyWatches.see(importId, lines);
    }
}
