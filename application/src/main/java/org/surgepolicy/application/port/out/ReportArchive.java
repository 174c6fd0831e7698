package org.surgepolicy.application.port.out;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The report files the nightly runs wrote, newest run first, and their bytes. */
public interface ReportArchive {

    /**
     * One report file.
     *
     * @param name           its name in the archive, unique across runs (the run's job execution and the file's name)
     * @param policyId       the policy it is about, or null for a report about every policy
     * @param jobExecutionId the run that wrote it
     * @param fileName       the file's name in its run's folder
     * @param sha256         the SHA-256 of its bytes, hex-encoded
     * @param path           where the file is, as this node sees it
     */
    record Report(String name, String policyId, long jobExecutionId, String fileName, long sizeBytes, String sha256,
                  Instant writtenAt, String path) {
    }

    /** One page of reports, and how many there are in all. */
    record Page(List<Report> reports, int page, int size, long total) {
        public Page {
            reports = List.copyOf(reports);
        }
    }

    /** A report's bytes, written to a stream when asked. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A report and its bytes. */
    record Download(Report report, Content content) {
    }

    /** The reports, newest run first, and within a run by file name; {@code page} counts from 0. */
    Page list(int page, int size);

    /** The reports one run wrote, by file name. */
    List<Report> ofRun(long jobExecutionId);

    /** The report of that name; empty for an unknown name or one that does not name a report safely. */
    Optional<Download> find(String name);
}
