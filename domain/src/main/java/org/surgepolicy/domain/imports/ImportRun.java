package org.surgepolicy.domain.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * One import of a file, as stored.
 *
 * @param storedFile     where the uploaded file is kept while the import needs it
 * @param checksum       the file's SHA-256, hex-encoded
 * @param state          where it stands: queued, running, completed, rejected or failed
 * @param maxRejects     how many rejected lines the import tolerates before it publishes nothing
 * @param source         the source that the published revisions carry
 * @param jobExecutionId the latest job execution that worked on it, or null before the first
 * @param linesRead      data lines read so far (blank lines and the header not included)
 * @param rowsStaged     valid rows waiting to be published, or published
 * @param rowsRevised    rows that changed the ledger or the statistics (new keys or new counts)
 * @param rowsUnchanged  rows equal to what was stored (no-ops)
 * @param node           the node that starts its job (the one that recorded it, or restarted it last), or null
 * @param attempt        how many times it was restarted: each restart moves it on, so that two cannot both win
 * @param queuedAt       when it was queued last (recorded, or restarted)
 */
public record ImportRun(long id, ImportFormat format, String fileName, String storedFile, String checksum,
                        long sizeBytes, ImportState state, long maxRejects, String source, Instant createdAt,
                        String createdBy, Long jobExecutionId, long linesRead, long rowsStaged, long rowsRejected,
                        long rowsRevised, long rowsUnchanged, String node, long attempt, Instant queuedAt) {

    public ImportRun {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** The name of its state. */
    public ImportStatus status() {
        return state.status();
    }

    /** Why it failed or was rejected, or what a queued import waits for, or null. */
    public String message() {
        return state.message();
    }

    /** When it ended, or null. */
    public Instant finishedAt() {
        return state.finishedAt();
    }

    /** Rows published: revised and unchanged alike. */
    public long rowsImported() {
        return rowsRevised + rowsUnchanged;
    }
}
