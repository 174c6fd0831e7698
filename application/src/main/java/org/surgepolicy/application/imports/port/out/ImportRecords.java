package org.surgepolicy.application.imports.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportRun;

/** The imports' records: created (at most one under way per file), found, and listed. */
public interface ImportRecords {

    /**
     * What a new import is made of.
     *
     * @param source the source its revisions will carry, or null for one naming the import and its file
     * @param node   the node that will start its job, or null for an import that is published in the caller's
     *               transaction
     */
    record NewImport(ImportFormat format, String fileName, StoredFile file, long maxRejects, String source,
                     Instant createdAt, String createdBy, String node) {
    }

    /** The outcome of creating an import: created, or refused because the same file is being imported. */
    sealed interface Created {
    }

    /** The import was created, queued. */
    record Queued(ImportRun run) implements Created {
    }

    /** An import of a file with the same checksum is queued or running. */
    record AlreadyActive(ImportRun active) implements Created {
    }

    /** Creates a queued import, unless one with the same checksum is queued or running. */
    Created create(NewImport newImport);

    Optional<ImportRun> find(long id);

    /** The imports that are queued or running. */
    List<ImportRun> active();

    /** The newest import whose revisions carry this source, if any. */
    Optional<ImportRun> latestBySource(String source);
}
