package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The imports: their records, the lines staged until a file is read whole, and the lines rejected. */
public interface ImportStore {

    /**
     * What a new import is made of.
     *
     * @param source the source its revisions will carry, or null for one naming the import and its file
     */
    record NewImport(ImportFormat format, String fileName, StoredFile file, long maxRejects, String source,
                     Instant createdAt, String createdBy) {
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

    /** Queues a failed import again. Refused (false) when another import of its file is active. */
    boolean requeue(long id);

    /** Marks the import running under a job execution. Refused (false) when another import of its file is active. */
    boolean markRunning(long id, long jobExecutionId);

    /** Ends the import with a status (not running) and a message, at an instant. */
    void finish(long id, ImportStatus status, String message, Instant finishedAt);

    /**
     * Stages a chunk of lines in the caller's transaction: valid rows to publish later, rejects to report. A line
     * already staged for the import is left as it is. Adds the chunk's lines to the import's lines read.
     */
    void stage(long id, List<ImportLine> lines);

    /**
     * Rejects every staged row whose key an earlier line of the same file already holds (set-based), naming the
     * earlier line; returns how many were rejected.
     */
    long rejectDuplicateKeys(long id, ImportFormat format);

    /** Counts the import's rejected lines and staged rows into its record, and returns the record. */
    ImportRun count(long id);

    /** Records what a publish did. */
    void recordPublished(long id, long revised, long unchanged);

    /** Removes the import's staged rows (after a publish, or when it is rejected). */
    void discardStaged(long id);

    /** Streams the rejected lines in line order. */
    void forEachReject(long id, Consumer<ImportLine.Rejected> reject);
}
