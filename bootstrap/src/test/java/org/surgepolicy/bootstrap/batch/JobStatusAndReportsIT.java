package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A recomputation's status over REST (step counts, reports), the reports it wrote, and the reference data. */
@FullStackTest
class JobStatusAndReportsIT {

    @TempDir
    static Path folder;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("surge.reports.location", () -> folder.resolve("reports").toString());
        registry.add("surge.import.folder", () -> folder.resolve("imports").toString());
    }

    private Api as(String role) {
        return Api.as(role, port);
    }

    private JsonNode recompute() throws InterruptedException {
        Api.Response started = as("admin").post("/api/v1/jobs/recompute", Map.of());
        assertThat(started.status()).isEqualTo(202);
        JsonNode run = JobRuns.waitForTheEnd(as("admin"), started.json().path("executionId").asLong());
        assertThat(run.path("status").asString()).isEqualTo("COMPLETED");
        return run;
    }

    @Test
    void theJobStatusGivesEachStepsCountsInWordsAndTheReportsWithTheirLinks() throws Exception {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(2024, 6, 1); day.isBefore(LocalDate.of(2024, 6, 11)); day = day.plusDays(1)) {
            counts.put(day, 300L);
        }
        assertThat(as("operator").post("/api/v1/tallies", Api.submission("rgv", "RGV", counts)).status())
            .isEqualTo(200);

        JsonNode run = recompute();

        long id = run.path("executionId").asLong();
        assertThat(run.path("requestedBy").asString()).isEqualTo("admin");
        JsonNode steps = run.path("steps");
        JsonNode summary = JsonMapper.builder().build().readTree(
            Files.readString(Path.of(reportPath(run, "summary.json"))));
        int days = 0;
        for (JsonNode policy : summary.path("policies")) {
            days += policy.path("days").asInt();
        }
        assertThat(steps.get(0).path("name").asString()).isEqualTo("recomputePoliciesStep");
        assertThat(steps.get(0).path("readCount").asLong()).as("days evaluated").isEqualTo(days);
        assertThat(steps.get(0).path("writeCount").asLong()).as("recorded at submission already").isZero();
        assertThat(steps.get(0).path("summary").asString()).isEqualTo("2 policies recomputed over "
            + String.format(Locale.ROOT, "%,d", days) + " days; 0 determinations and 0 restatements recorded");
        assertThat(steps.get(1).path("readCount").asLong()).as("policies reported").isEqualTo(2);
        assertThat(steps.get(1).path("writeCount").asLong()).as("report files written").isEqualTo(8);
        assertThat(steps.get(2).path("readCount").asLong()).as("days compared").isEqualTo(10);
        assertThat(steps.get(2).path("skipCount").asLong()).isZero();
        assertThat(run.path("policies").findValuesAsString("policyId"))
            .containsExactlyInAnyOrder("securing-the-border", "border-emergency-authority");
        assertThat(names(run.path("reports"))).containsExactly("job-" + id + "-audit-digest.json",
            "job-" + id + "-chart-border-emergency-authority.html", "job-" + id + "-chart-securing-the-border.html",
            "job-" + id + "-comparison.csv", "job-" + id + "-comparison.html", "job-" + id + "-summary.json", "job-" + id + "-timeline-border-emergency-authority.csv",
            "job-" + id + "-timeline-securing-the-border.csv");
        for (JsonNode report : run.path("reports")) {
            assertThat(report.path("link").asString()).isEqualTo("/api/v1/reports/" + report.path("name").asString());
            assertThat(Path.of(report.path("path").asString())).isRegularFile();
        }
    }

    @Test
    void theReportsAreListedNewestFirstWithTheirChecksumsAndDownloadedWithTheirContentTypes() throws Exception {
        JsonNode older = recompute();
        JsonNode newer = recompute();
        assertThat(Path.of(reportPath(newer, "summary.json")).getParent())
            .as("two runs never share a folder").isNotEqualTo(Path.of(reportPath(older, "summary.json")).getParent());

        Api.Response page = as("auditor").get("/api/v1/reports?size=9");
        assertThat(page.status()).isEqualTo(200);
        long newest = newer.path("executionId").asLong();
        String job = "job-" + newest + "-";
        assertThat(names(page.json().path("reports"))).containsExactly(job + "audit-digest.json",
            job + "chart-border-emergency-authority.html", job + "chart-securing-the-border.html",
            job + "comparison.csv", job + "comparison.html", job + "summary.json",
            job + "timeline-border-emergency-authority.csv",
            job + "timeline-securing-the-border.csv", "job-" + older.path("executionId").asLong()
            + "-audit-digest.json");
        assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(16);

        Map<String, String> types = Map.of("html", "text/html", "json", "application/json", "csv", "text/csv");
        for (JsonNode report : page.json().path("reports")) {
            String name = report.path("name").asString();
            Path file = Path.of(reportPath(report.path("jobExecutionId").asLong() == newest ? newer : older,
                report.path("fileName").asString()));
            byte[] bytes = Files.readAllBytes(file);
            assertThat(report.path("sizeBytes").asLong()).isEqualTo(bytes.length);
            assertThat(report.path("sha256").asString()).isEqualTo(sha256(bytes));
            assertThat(report.path("policyId").isNull()).as("about every policy")
                .isEqualTo(name.endsWith("summary.json") || name.endsWith("audit-digest.json")
                    || name.contains("-comparison."));

            Api.Response download = as("auditor").get(report.path("link").asString(), "*/*");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Type"))
                .startsWith(types.get(name.substring(name.lastIndexOf('.') + 1)));
            assertThat(download.body()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }

        String summary = "/api/v1/reports/job-" + newest + "-summary.json";
        assertThat(as("operator").get(summary).status()).isEqualTo(403);
        assertThat(as("auditor").get("/api/v1/reports/job-987654-summary.json").status()).isEqualTo(404);
        for (String refused : List.of("job-" + newest + "-..", "job-" + newest + "-summary.json.partial", "latest",
            "..%2F..%2Fetc%2Fpasswd", "job-" + newest + "-..%2F..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd")) {
            assertThat(as("auditor").get("/api/v1/reports/" + refused).status()).as(refused).isIn(400, 404);
        }
        assertThat(as("auditor").get("/api/v1/reports?page=-1").status()).isEqualTo(400);
        assertThat(as("auditor").get("/api/v1/reports?size=501").status()).isEqualTo(400);
    }

    @Test
    void theReferenceDataIsTheDomainsOwnListsAndTheImportFormatsColumns() {
        Api.Response response = as("viewer").get("/api/v1/reference");

        assertThat(response.status()).isEqualTo(200);
        JsonNode reference = response.json();
        assertThat(StreamSupport.stream(reference.path("areas").spliterator(), false)
            .map(a -> a.path("code").asString() + "," + a.path("name").asString() + "," + a.path("component")
                .asString() + "," + a.path("region").asString()).toList())
            .containsExactlyElementsOf(Areas.all().stream().sorted(Comparator.comparing(Area::code))
                .map(a -> a.code() + "," + a.name() + "," + a.component() + "," + a.region()).toList());
        assertThat(texts(reference.path("demographics")))
            .containsExactlyElementsOf(Arrays.stream(Demographic.values()).map(Enum::name).toList());
        assertThat(texts(reference.path("encounterTypes")))
            .containsExactlyElementsOf(Arrays.stream(EncounterType.values()).map(Enum::name).toList());
        assertThat(texts(reference.path("citizenships"))).containsExactlyElementsOf(
            Citizenship.KNOWN.stream().sorted().toList());
        assertThat(reference.path("formats").size()).isEqualTo(ImportFormats.standard().all().size());
        for (JsonNode format : reference.path("formats")) {
            assertThat(texts(format.path("columns"))).containsExactlyElementsOf(
                ImportFormats.standard().find(format.path("code").asString()).orElseThrow().columns());
        }
        assertThat(texts(reference.path("formats").get(0).path("columns"))).containsExactly("date", "component",
            "area", "demographic", "citizenship", "encounter_type", "count");
        assertThat(Api.anonymous(port).get("/api/v1/reference").status()).isEqualTo(401);
    }

    private static String reportPath(JsonNode run, String fileName) {
        return StreamSupport.stream(run.path("reports").spliterator(), false)
            .filter(r -> r.path("name").asString().endsWith("-" + fileName)).findFirst().orElseThrow()
            .path("path").asString();
    }

    private static List<String> names(JsonNode reports) {
        return StreamSupport.stream(reports.spliterator(), false).map(r -> r.path("name").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
