package org.surgepolicy.adapter.rest.imports;

import java.time.Instant;

/**
 * An import's status and counts.
 *
 * @param linesRead    data lines read so far (the header and blank lines not counted)
 * @param rowsImported rows published: new or revised ({@code rowsRevised}) and unchanged ({@code rowsUnchanged})
 * @param message      why it failed or was rejected, or, while it is queued, what it waits for
 */
public record ImportResponse(long id, String format, String fileName, String status, long linesRead,
                             long rowsImported, long rowsRevised, long rowsUnchanged, long rowsRejected,
                             long maxRejects, String checksum, long sizeBytes, Instant createdAt, String createdBy,
                             Instant finishedAt, Long jobExecutionId, String message) {
}
