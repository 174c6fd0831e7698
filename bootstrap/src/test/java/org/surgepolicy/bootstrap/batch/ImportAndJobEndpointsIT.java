package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import org.surgepolicy.domain.imports.ImportFormats;

/** The import, job, reconciliation and demonstration-data endpoints on the running application, by role. */
@FullStackTest
@TestPropertySource(properties = {"surge.reports.location=${java.io.tmpdir}/surge-reports-endpoints-it",
    "surge.import.folder=${java.io.tmpdir}/surge-imports-endpoints-it"})
class ImportAndJobEndpointsIT {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @LocalServerPort
    int port;

    private Api as(String role) {
        return Api.as(role, port);
    }

    private String csv(List<String> lines) {
        return ImportFiles.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private Api.Response waitFor(String path, String field, String... ends) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Api.Response response = as("admin").get(path);
            if (List.of(ends).contains(response.json().path(field).asString())) {
                return response;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " did not reach " + List.of(ends));
    }

    @Test
    void anUploadedFileIsImportedAndItsRejectsReadAsCsv() throws Exception {
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(LocalDate.of(2023, 1, 1), 24));
        lines.add("2023-01-03,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4");
        lines.add("=HYPERLINK(\"http://example.invalid\"),USBP,RGV,FMUA,MEXICO,APPREHENSIONS,4");
        Api.Response started = as("operator").postRaw("/api/v1/imports?format=daily&maxRejects=2", "text/csv",
            csv(lines));

        assertThat(started.status()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        assertThat(started.header("Location")).isEqualTo("/api/v1/imports/" + id);
        Api.Response done = waitFor("/api/v1/imports/" + id, "status", "COMPLETED", "FAILED", "REJECTED");
        assertThat(done.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().path("linesRead").asLong()).isEqualTo(26);
        assertThat(done.json().path("rowsImported").asLong()).isEqualTo(24);
        assertThat(done.json().path("rowsRejected").asLong()).isEqualTo(2);
        long execution = done.json().path("jobExecutionId").asLong();
        assertThat(jobRunSummary(execution)).isEqualTo("daily import " + id + " (job execution " + execution
            + ") started by operator: COMPLETED, 26 lines read, 24 rows imported, 2 lines rejected");
        Api.Response again = as("operator").post("/api/v1/imports/" + id + "/restart", java.util.Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().path("detail").asString()).isEqualTo("import " + id
            + " is COMPLETED; it has ended and cannot be restarted");

        HttpResponse<String> rejects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/imports/" + id + "/rejects"))
            .header("Accept", "text/csv")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("operator:operator-pw".getBytes()))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rejects.statusCode()).isEqualTo(200);
        assertThat(rejects.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(rejects.body().split("\r\n")).containsExactly("line,reason,raw",
            "26,\"area: unknown area code 'XYZ'; expected a CBP sector or field office code such as RGV, TCA or ELP\","
                + "\"2023-01-03,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4\"",
            "27,\"date: '=HYPERLINK(\"\"http://example.invalid\"\")' is not a date (YYYY-MM-DD)\","
                + "\"'=HYPERLINK(\"\"http://example.invalid\"\"),USBP,RGV,FMUA,MEXICO,APPREHENSIONS,4\"");
    }

    /** The JOB_RUN audit entry of a job execution, written as the job ends (a moment after its import ends). */
    private String jobRunSummary(long execution) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Api.Response events = as("auditor").get("/api/v1/audit/events?action=JOB_RUN&size=500");
            for (var event : events.json().path("events")) {
                if (event.path("subject").asString().equals("importJob " + execution)) {
                    return event.path("summary").asString();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no JOB_RUN entry for job execution " + execution);
    }

    /**
     * Each sample file of the API guide (docs/samples, one per format, named by it) is uploaded as the guide shows and
     * imported whole by the real import job, so that the samples cannot rot.
     */
    @Test
    void everySampleFileOfTheApiGuideIsImportedWhole() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.sorted().toList();
        }
        assertThat(samples).extracting(file -> file.getFileName().toString())
            .containsExactlyInAnyOrderElementsOf(ImportFormats.standard().all().stream().map(f -> f.code() + ".csv")
                .toList());

        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            String content = Files.readString(sample);
            long dataLines = content.lines().skip(1).filter(line -> !line.isBlank()).count();
            Api.Response started = as("operator").postRaw("/api/v1/imports?format=" + name.replace(".csv", "")
                + "&fileName=" + name, "text/csv", content);
            assertThat(started.status()).as(started.body()).isEqualTo(202);

            Api.Response done = as("operator").awaitStatus(started.header("Location"), "COMPLETED", "FAILED",
                "REJECTED");
            assertThat(done.json().path("status").asString()).as("%s: %s", name, done.body()).isEqualTo("COMPLETED");
            assertThat(dataLines).as(name).isPositive();
            assertThat(done.json().path("linesRead").asLong()).as(name).isEqualTo(dataLines);
            assertThat(done.json().path("rowsImported").asLong()).as(name).isEqualTo(dataLines);
            assertThat(done.json().path("rowsRejected").asLong()).as(name).isZero();
        }
    }

    @Test
    void badImportRequestsAreProblems() {
        Api.Response unknownFormat = as("operator").postRaw("/api/v1/imports?format=excel", "text/csv", "a,b\n");
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownFormat.json().path("errors").get(0).path("field").asString()).isEqualTo("format");

        assertThat(as("operator").postRaw("/api/v1/imports?format=daily", "application/json", "{}").status())
            .isEqualTo(415);
        assertThat(as("operator").get("/api/v1/imports/987654").status()).isEqualTo(404);
        assertThat(as("viewer").postRaw("/api/v1/imports?format=daily", "text/csv", "x").status()).isEqualTo(403);
        assertThat(as("operator").post("/api/v1/imports/987654/restart", java.util.Map.of()).status())
            .isEqualTo(404);
    }

    @Test
    void theRecomputationRunsAtOnceForAnAdminAndItsStatusCanBeRead() throws Exception {
        Api.Response started = as("admin").post("/api/v1/jobs/recompute", java.util.Map.of());

        assertThat(started.status()).isEqualTo(202);
        long execution = started.json().path("executionId").asLong();
        assertThat(started.header("Location")).isEqualTo("/api/v1/jobs/" + execution);
        Api.Response done = waitFor("/api/v1/jobs/" + execution, "status", "COMPLETED", "FAILED");
        assertThat(done.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().path("steps").size()).isEqualTo(3);
        assertThat(as("operator").post("/api/v1/jobs/recompute", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/v1/jobs/987654").status()).isEqualTo(404);
    }

    @Test
    void theReconciliationIsForAuditorsAndTheDemoDataDescriptionForEveryone() {
        Api.Response reconciliation = as("auditor").get("/api/v1/reconciliation?from=2024-01&to=2024-12");
        assertThat(reconciliation.status()).isEqualTo(200);
        assertThat(reconciliation.json().path("from").asString()).isEqualTo("2024-01");
        assertThat(reconciliation.json().path("lines").isArray()).isTrue();
        assertThat(as("operator").get("/api/v1/reconciliation").status()).isEqualTo(403);
        assertThat(as("auditor").get("/api/v1/reconciliation?from=2024-13").status()).isEqualTo(400);

        Api.Response demo = as("viewer").get("/api/v1/demo-data");
        assertThat(demo.status()).isEqualTo(200);
        assertThat(demo.json().path("loaded").asBoolean()).isFalse();
    }
}
