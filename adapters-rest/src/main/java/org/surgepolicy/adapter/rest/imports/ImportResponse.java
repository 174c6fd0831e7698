package org.surgepolicy.adapter.rest.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An import's status and counts. */
public record ImportResponse(
    @Schema(description = "The import's id")
    long id,
    @Schema(description = "The file's format", allowableValues = {"daily", "cbp-monthly", "cbp-southwest"})
    String format,
    @Schema(description = "The file's name as it was given (fileName, or the multipart part's)")
    String fileName,
    @Schema(description = "QUEUED (waiting for its job or a free import slot), RUNNING, then COMPLETED (every valid "
        + "row is published), REJECTED (more lines rejected than maxRejects: nothing was published) or FAILED (the "
        + "job failed or was cut off: nothing was published; POST .../restart resumes it)",
        allowableValues = {"QUEUED", "RUNNING", "COMPLETED", "REJECTED", "FAILED"})
    String status,
    @Schema(description = "Data lines read so far (the header and blank lines not counted)")
    long linesRead,
    @Schema(description = "Rows published: rowsRevised plus rowsUnchanged")
    long rowsImported,
    @Schema(description = "Rows that are new, or that changed a stored value (a new revision)")
    long rowsRevised,
    @Schema(description = "Rows equal to what is stored already, which change nothing")
    long rowsUnchanged,
    @Schema(description = "Lines rejected, each with its line number and reason at GET .../rejects")
    long rowsRejected,
    @Schema(description = "The rejected lines this import tolerates")
    long maxRejects,
    @Schema(description = "The SHA-256 of the file's bytes, hex-encoded: a file being imported cannot be imported "
        + "again meanwhile")
    String checksum,
    @Schema(description = "The file's size in bytes")
    long sizeBytes,
    @Schema(description = "When the upload was accepted")
    Instant createdAt,
    @Schema(description = "Who uploaded it")
    String createdBy,
    @Schema(description = "When it ended (COMPLETED, REJECTED or FAILED), or null")
    Instant finishedAt,
    @Schema(description = "Its job execution (GET /api/v1/jobs/{executionId}, ADMIN), or null while queued")
    Long jobExecutionId,
    @Schema(description = "Why it failed or was rejected, or, while it is queued, what it waits for; null otherwise")
    String message) {
}
