package org.surgepolicy.adapter.rest.jobs;

import java.time.Instant;
import java.util.List;

/**
 * A job execution: its status, who started it, each step's counts, and what a recomputation recorded and wrote.
 *
 * @param policies per policy, the determinations and restatements a recomputation recorded for the first time
 * @param reports  the report files a recomputation wrote, each with the link that downloads it
 */
public record JobRunResponse(long executionId, String jobName, String status, String exitCode, String exitDescription,
                             Instant startedAt, Instant endedAt, String requestedBy, List<StepRunResponse> steps,
                             List<PolicyRecomputedResponse> policies, List<ReportWrittenResponse> reports) {

    /**
     * One step of a job execution.
     *
     * @param readCount  what the step read (lines; days evaluated; policies reported; days compared)
     * @param writeCount what it wrote (rows staged; determinations and restatements recorded; report files)
     * @param skipCount  what it left out (rejected lines)
     * @param summary    the counts in words
     */
    public record StepRunResponse(String name, String status, long readCount, long writeCount, long skipCount,
                                  long commitCount, String summary, String exitDescription) {
    }

    /** What a recomputation recorded for one policy for the first time. */
    public record PolicyRecomputedResponse(String policyId, int determinationsRecorded, int restatementsRecorded) {
    }

    /**
     * A report file a recomputation wrote.
     *
     * @param path where the file is on the node that wrote it
     * @param link where to download it ({@code GET /api/v1/reports/{name}}, AUDITOR)
     */
    public record ReportWrittenResponse(String name, String path, String link) {
    }
}
