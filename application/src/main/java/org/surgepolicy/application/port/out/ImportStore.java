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

    /** What asking to queue an import again came to. */
    enum Requeue {
        /** It is queued again, its attempt moved on, for the given node. */
        REQUEUED,
        /** Its status or attempt was no longer the one seen: another request or its job moved it first. */
        MOVED,
        /** Another import of the same file is queued or running. */
        SAME_FILE_ACTIVE
    }

    /**
     * Queues an import again for a node, at an instant, in one statement that holds only while the import still has
     * the status and the attempt that the caller saw, so that of two restarts at once exactly one wins.
     */
    Requeue requeue(long id, ImportStatus seenStatus, long seenAttempt, String node, Instant queuedAt);

    /**
     * Ends a queued or running import as failed, unless it was restarted since the caller saw {@code seenAttempt};
     * returns whether it did.
     */
    boolean failAttempt(long id, long seenAttempt, String message, Instant finishedAt);

    /** Says what a queued import waits for, while it is still queued at {@code seenAttempt}. */
    void markWaiting(long id, long seenAttempt, String message);

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
