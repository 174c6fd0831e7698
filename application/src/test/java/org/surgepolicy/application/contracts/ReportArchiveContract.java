package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/**
 * What every {@link ReportArchive} must do, run by each implementation's subclass, which also writes a run's report
 * files the way its nightly job does.
 */
public abstract class ReportArchiveContract {

    protected static final Instant EARLIER = Instant.parse("2025-09-01T06:30:00Z");
    protected static final Instant LATER = Instant.parse("2025-09-02T06:30:00Z");

    /** The archive under test, over the runs written so far. */
    protected abstract ReportArchive archive();

    /** Writes the files of a run, by file name, as the nightly job of execution {@code jobExecutionId} writes them. */
    protected abstract void writeRun(long jobExecutionId, Instant startedAt, Map<String, String> files)
        throws IOException;

    private void twoRuns() throws IOException {
        writeRun(9, EARLIER, Map.of("summary.json", "{\"run\": 9}"));
        writeRun(10, LATER, Map.of("summary.json", "{\"run\": 10}", "timeline-securing-the-border.csv", "date\n"));
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anArchiveWithoutRunsHasNoReports() {
        assertThat(archive().list(0, 10).total()).isZero();
        assertThat(archive().list(0, 10).reports()).isEmpty();
        assertThat(archive().ofRun(9)).isEmpty();
        assertThat(archive().find("job-9-summary.json")).isEmpty();
    }

    @Test
    void reportsAreListedNewestRunFirstAndByFileNameWithinARunByPage() throws Exception {
        twoRuns();

        Report.Page page = archive().list(0, 10);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.reports()).extracting(Report::name).containsExactly("job-10-summary.json",
            "job-10-timeline-securing-the-border.csv", "job-9-summary.json");
        assertThat(archive().list(1, 2).reports()).extracting(Report::name).containsExactly("job-9-summary.json");
        assertThat(archive().list(1, 2).total()).isEqualTo(3);
        assertThat(archive().list(5, 2).reports()).isEmpty();
    }

    @Test
    void aReportNamesItsRunItsFileItsPolicyItsSizeAndItsDigest() throws Exception {
        twoRuns();

        Report timeline = archive().list(0, 10).reports().get(1);
        Report summary = archive().list(0, 10).reports().getFirst();

        assertThat(timeline.jobExecutionId()).isEqualTo(10);
        assertThat(timeline.fileName()).isEqualTo("timeline-securing-the-border.csv");
        assertThat(timeline.policyId()).isEqualTo("securing-the-border");
        assertThat(timeline.sizeBytes()).isEqualTo(5);
        assertThat(timeline.sha256()).isEqualTo(sha256("date\n"));
        assertThat(summary.policyId()).as("a report about every policy").isNull();
    }

    @Test
    void theReportsOfOneRunAreListedByFileName() throws Exception {
        twoRuns();

        assertThat(archive().ofRun(10)).extracting(Report::fileName)
            .containsExactly("summary.json", "timeline-securing-the-border.csv");
        assertThat(archive().ofRun(9)).extracting(Report::name).containsExactly("job-9-summary.json");
        assertThat(archive().ofRun(11)).isEmpty();
    }

    @Test
    void aReportIsFoundByItsNameWithItsBytesAndNothingElseIs() throws Exception {
        twoRuns();

        Report.Download download = archive().find("job-9-summary.json").orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        download.content().writeTo(bytes);

        assertThat(download.report().name()).isEqualTo("job-9-summary.json");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"run\": 9}");
        assertThat(archive().find("job-11-summary.json")).as("no such run").isEmpty();
        assertThat(archive().find("job-9-timeline-securing-the-border.csv")).as("not of that run").isEmpty();
        assertThat(archive().find(null)).isEmpty();
    }
}
