package org.surgepolicy.adapter.rest.reports;

import java.time.Instant;

/**
 * A report a nightly run wrote.
 *
 * @param policyId       the policy it is about, or null for one about every policy (the summary)
 * @param jobExecutionId the run that wrote it ({@code GET /api/v1/jobs/{id}})
 * @param sha256         the SHA-256 of its bytes, hex-encoded
 * @param link           where to download it
 */
public record ReportResponse(String name, String policyId, long jobExecutionId, String fileName, long sizeBytes,
                             String sha256, Instant writtenAt, String link) {
}
