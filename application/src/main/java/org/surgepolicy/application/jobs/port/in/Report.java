package org.surgepolicy.application.jobs.port.in;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * One report file a nightly run wrote.
 *
 * @param name           its name in the archive, unique across runs (the run's job execution and the file's name)
 * @param policyId       the policy it is about, or null for a report about every policy
 * @param jobExecutionId the run that wrote it
 * @param fileName       the file's name in its run's folder
 * @param sha256         the SHA-256 of its bytes, hex-encoded
 * @param path           where the file is, as this node sees it
 */
public record Report(String name, String policyId, long jobExecutionId, String fileName, long sizeBytes,
                     String sha256, Instant writtenAt, String path) {

    /** One page of reports, and how many there are in all. */
    public record Page(List<Report> reports, int page, int size, long total) {
        public Page {
            reports = List.copyOf(reports);
        }
    }

    /** A report's bytes, written to a stream when asked. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A report and its bytes. */
    public record Download(Report report, Content content) {
    }
}
