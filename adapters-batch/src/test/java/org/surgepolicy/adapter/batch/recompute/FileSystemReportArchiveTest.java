package org.surgepolicy.adapter.batch.recompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.application.jobs.port.in.Report;

class FileSystemReportArchiveTest {

    @TempDir
    Path location;
    private FileSystemReportArchive archive;

    @BeforeEach
    void twoRunsAndThingsThatAreNotReports() throws Exception {
        Path older = Files.createDirectories(location.resolve("2025-09-01T063000Z-job-9"));
        Path newer = Files.createDirectories(location.resolve("2025-09-02T063000Z-job-10"));
        Files.writeString(older.resolve("summary.json"), "{\"run\": 9}");
        Files.writeString(newer.resolve("summary.json"), "{\"run\": 10}");
        Files.writeString(newer.resolve("timeline-securing-the-border.csv"), "date\n");
        Files.writeString(newer.resolve("chart-securing-the-border.html.partial"), "<html");
        Files.createSymbolicLink(location.resolve(RunFolder.LATEST), newer.getFileName());
        Files.createDirectories(location.resolve("not-a-run"));
        Files.writeString(location.resolve("not-a-run/summary.json"), "{}");
        Files.writeString(location.resolve("secret.txt"), "secret");
        archive = new FileSystemReportArchive(location);
    }

    @Test
    void listsTheReportsNewestRunFirstAndByNameWithinARun() throws Exception {
        Report.Page page = archive.list(0, 10);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.reports()).extracting(Report::name).containsExactly("job-10-summary.json",
            "job-10-timeline-securing-the-border.csv", "job-9-summary.json");
        Report timeline = page.reports().get(1);
        assertThat(timeline.policyId()).isEqualTo("securing-the-border");
        assertThat(timeline.jobExecutionId()).isEqualTo(10);
        assertThat(timeline.sizeBytes()).isEqualTo(5);
        assertThat(timeline.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest("date\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(page.reports().getFirst().policyId()).isNull();
        assertThat(archive.list(1, 2).reports()).extracting(Report::name)
            .containsExactly("job-9-summary.json");
        assertThat(archive.ofRun(9)).extracting(Report::name).containsExactly("job-9-summary.json");
    }

    @Test
    void handsOutAReportByItsNameAndNothingElse() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        archive.find("job-9-summary.json").orElseThrow().content().writeTo(bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"run\": 9}");

        assertThat(archive.find("job-10-chart-securing-the-border.html.partial")).as("still being written").isEmpty();
        assertThat(archive.find("job-11-summary.json")).as("no such run").isEmpty();
        for (String name : new String[] {"job-9-../secret.txt", "job-9-..", "job-9-", "job-9-.hidden", "secret.txt",
            "latest", "job-9-summary.json/", "job-9-/etc/passwd", "../secret.txt", "job-9-..%2Fsecret.txt", null}) {
            assertThat(archive.find(name)).as(String.valueOf(name)).isEmpty();
        }
    }

    @Test
    void aLocationNotYetMadeHasNoReports() {
        assertThat(new FileSystemReportArchive(location.resolve("none")).list(0, 10).total()).isZero();
    }
}
