package org.surgepolicy.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.batch.ImportFiles;
import org.surgepolicy.domain.tally.Citizenship;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real faults on a PostgreSQL of the test's own, under sixteen writers of tally submissions: the database stopped for
 * eight seconds while the service runs, and the service (the packaged application) killed with SIGKILL under load,
 * while it publishes a large import, and during the nightly job. Afterwards every acknowledged submission is there with
 * its counts, none is partly there, the maintained aggregate equals one rebuilt from the revisions, the audit chain
 * verifies, and the service recovered by itself.
 */
@ExtendWith(PrivatePostgresAvailable.class)
class FaultsPostgresIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final int IMPORT_DAYS = 80;

    private static PrivatePostgres cluster;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeTheCluster() throws Exception {
        cluster = PrivatePostgres.create();
    }

    @AfterAll
    static void dropTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static List<String> on(String url) {
        return List.of("--spring.datasource.url=" + url);
    }

    private static String oneValue(String url, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void awaitValue(String what, Duration limit, String expected, String url, String sql,
                                   Object... parameters) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!expected.equals(oneValue(url, sql, parameters))) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void anOutageUnderLoadIsAnswered503AndNotReadyThenTheServiceRecoversByItselfLosingNothing() throws Exception {
        Figures figures = new Figures("outage-under-load-postgres");
        String url = cluster.createDatabase("surge_outage");
        List<SubmissionLoad.Outcome> outcomes;
        List<Probe.Answer> probes;
        Instant stopped;
        Instant starting;
        Instant started;
        try (ServiceProcess service = ServiceProcess.start(figures.test() + "-service", folder, on(url))
            .awaitReady(Faults.START_UP)) {
            SubmissionLoad load = new SubmissionLoad(service.port(), Faults.WRITERS);
            Faults.awaitAcknowledged(load, 100);
            try (Probe.Watch watch = new Probe.Watch(service.port())) {
                Thread.sleep(1_000);
                cluster.stop("immediate");
                stopped = Instant.now();
                Thread.sleep(OUTAGE.toMillis());
                starting = Instant.now();
                cluster.start();
                started = Instant.now();
                Instant deadline = started.plus(Duration.ofMinutes(1));
                while (watch.answers().stream().noneMatch(a -> a.up() && a.sentAt().isAfter(started))) {
                    assertThat(Instant.now()).as("readiness UP again within a minute of the database")
                        .isBefore(deadline);
                    Thread.sleep(50);
                }
                Thread.sleep(3_000);
                outcomes = load.stop();
                probes = watch.answers();
            }
            Faults.assertServiceRecovered(service.port());
        }

        List<SubmissionLoad.Outcome> refused = outcomes.stream().filter(o -> !o.acknowledged()).toList();
        Optional<Probe.Answer> firstDown = probes.stream()
            .filter(p -> !p.up() && p.sentAt().isAfter(stopped.minusSeconds(1))).findFirst();
        Optional<Probe.Answer> firstUp = probes.stream().filter(p -> p.up() && p.sentAt().isAfter(started))
            .findFirst();
        Optional<Duration> toDown = firstDown.map(p -> Duration.between(stopped, p.sentAt().plus(p.took())));
        figures.add("database down (pg_ctlcluster stop -m immediate, then start)", OUTAGE.toSeconds() + " s")
            .add("requests not acknowledged, by HTTP status (0: no answer)", refused.stream()
                .collect(Collectors.groupingBy(SubmissionLoad.Outcome::status, Collectors.counting())))
            .add("503 answer times", Figures.maxAndP95(refused.stream().map(SubmissionLoad.Outcome::took).toList()))
            .add("readiness probe times", Figures.maxAndP95(probes.stream().map(Probe.Answer::took).toList()))
            .add("stop to readiness DOWN", toDown.map(d -> d.toMillis() + " ms").orElse("never"))
            .add("database started (pg_ctlcluster start returned) to readiness UP", firstUp.map(p ->
                Math.max(0, Duration.between(started, p.sentAt().plus(p.took())).toMillis()) + " ms").orElse("never"))
            .add("pg_ctlcluster start took", Duration.between(starting, started).toMillis() + " ms");
        Faults.assertNothingLost(figures, StoredData.read(url, "postgres"), outcomes);

        assertThat(refused).as("every request not acknowledged was answered 503 with Retry-After within seconds")
            .allSatisfy(o -> {
                assertThat(o.status()).as(o.problem()).isEqualTo(503);
                assertThat(o.retryAfter()).isNotBlank();
                assertThat(o.took()).isLessThan(Duration.ofSeconds(10));
            });
        assertThat(refused).as("the outage was seen").isNotEmpty();
        assertThat(outcomes).as("submissions acknowledged once the database was back")
            .anyMatch(o -> o.acknowledged() && o.sentAt().isAfter(started));
        assertThat(probes).as("every probe answered within a second")
            .allSatisfy(p -> assertThat(p.took()).isLessThan(Duration.ofSeconds(1)));
        assertThat(toDown).as("readiness DOWN within two seconds of the stop")
            .hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(2)));
        assertThat(probes.stream().filter(p -> p.sentAt().isAfter(stopped.plusSeconds(2))
            && p.sentAt().isBefore(starting))).as("readiness DOWN while the database is down")
            .isNotEmpty().allSatisfy(p -> assertThat(p.up()).isFalse());
        assertThat(firstUp).as("readiness UP again without a restart").isPresent();
    }

    @Test
    void theServiceKilledUnderLoadLosesNoAcknowledgedSubmission() throws Exception {
        String url = cluster.createDatabase("surge_killed");
        Faults.LoadResult result = Faults.killUnderLoad("killed-under-load-postgres", folder, on(url), url,
            "postgres");

        assertThat(result.acknowledged()).as("submissions acknowledged before the kill").isGreaterThanOrEqualTo(150);
        assertThat(result.check().found()).as("found afterwards").isGreaterThanOrEqualTo(result.acknowledged());
        result.assertNothingLost();
    }

    /** Every day of {@value #IMPORT_DAYS} in every area but the writers', each demographic and citizenship. */
    private static int writeImport(Path file) throws IOException {
        List<String> areas = ImportFiles.AREAS.stream().filter(a -> !a.equals(SubmissionLoad.AREA)).toList();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ImportFiles.HEADER + "\r\n");
            ImportFiles.appendEveryKey(out, LocalDate.of(2023, 1, 1), IMPORT_DAYS, areas);
        }
        return IMPORT_DAYS * areas.size() * ImportFiles.DEMOGRAPHICS.size() * Citizenship.KNOWN.size();
    }

    private static long startImport(int port, Path file) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/imports?format=daily"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("operator:operator-pw".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JsonMapper.builder().build().readTree(response.body()).path("id").asLong();
    }

    @Test
    void theServiceKilledWhilePublishingAnImportFinishesItAtTheNextStartWithEveryLineOnce() throws Exception {
        Figures figures = new Figures("killed-during-import-publish-postgres");
        String url = cluster.createDatabase("surge_publish");
        Path file = folder.resolve("large.csv");
        int lines = writeImport(file);
        List<SubmissionLoad.Outcome> outcomes;
        long importId;
        try (ServiceProcess service = ServiceProcess.start(figures.test() + "-service", folder, on(url))
            .awaitReady(Faults.START_UP)) {
            SubmissionLoad load = new SubmissionLoad(service.port(), Faults.WRITERS);
            Faults.awaitAcknowledged(load, 50);
            importId = startImport(service.port(), file);
            awaitValue("the import's publish step to start", Duration.ofMinutes(5), "STARTED", url,
                "select status from batch_step_execution where step_name = 'publishImportStep'");
            service.kill();
            outcomes = load.stop();
        }
        String revisionsOfTheImport = "select count(*) from tally_revision r join import_run i on r.source = i.source"
            + " where i.id = ?";
        figures.add("import lines", lines)
            .add("revisions of the import at the kill", oneValue(url, revisionsOfTheImport, importId));

        long restarting = System.nanoTime();
        try (ServiceProcess again = ServiceProcess.start(figures.test() + "-restarted", folder, on(url))
            .awaitReady(Faults.START_UP)) {
            awaitValue("the cut-off import to be finished by the next start", Duration.ofMinutes(5), "COMPLETED",
                url, "select status from import_run where id = ?", importId);
            figures.add("start after the kill to the import completed",
                Duration.ofNanos(System.nanoTime() - restarting).toMillis() + " ms");
            Faults.assertServiceRecovered(again.port());
        }

        assertThat(oneValue(url, revisionsOfTheImport, importId)).isEqualTo(Integer.toString(lines));
        assertThat(oneValue(url, "select rows_revised from import_run where id = ?", importId))
            .isEqualTo(Integer.toString(lines));
        assertThat(oneValue(url, "select count(*) from import_staged_tally")).isEqualTo("0");
        Faults.assertNothingLost(figures, StoredData.read(url, "postgres"), outcomes);
    }

    @Test
    void theServiceKilledDuringTheNightlyJobResumesItAtTheNextStart() throws Exception {
        Figures figures = new Figures("killed-during-nightly-job-postgres");
        String url = cluster.createDatabase("surge_nightly");
        List<SubmissionLoad.Outcome> outcomes;
        long execution;
        // The dead node's lock on the recomputation runs out after lock-at-most-for (the shortest ShedLock keeps
        // alive), and the next start resumes the job once it has.
        List<String> settings = List.of("--spring.datasource.url=" + url,
            "--surge.jobs.recompute.lock-at-most-for=PT30S");
        try (ServiceProcess service = ServiceProcess.start(figures.test() + "-service", folder, settings)
            .awaitReady(Faults.START_UP)) {
            SubmissionLoad load = new SubmissionLoad(service.port(), Faults.WRITERS);
            Faults.awaitAcknowledged(load, 100);
            Api.Response started = Api.as("admin", service.port()).post("/api/v1/jobs/recompute", Map.of());
            assertThat(started.status()).as(started.body()).isBetween(200, 202);
            execution = started.json().path("executionId").asLong();
            awaitValue("the nightly job to run", Duration.ofMinutes(2), "STARTED", url,
                "select status from batch_job_execution where job_execution_id = ?", execution);
            service.kill();
            outcomes = load.stop();
        }

        long restarting = System.nanoTime();
        String resumed = "select max(later.status) from batch_job_execution killed join batch_job_execution later"
            + " on later.job_instance_id = killed.job_instance_id and later.job_execution_id > killed.job_execution_id"
            + " where killed.job_execution_id = ?";
        try (ServiceProcess again = ServiceProcess.start(figures.test() + "-restarted", folder, settings)
            .awaitReady(Faults.START_UP)) {
            awaitValue("the cut-off job to be resumed and completed by the next start", Duration.ofMinutes(3),
                "COMPLETED", url, resumed, execution);
            figures.add("start after the kill to the job completed",
                Duration.ofNanos(System.nanoTime() - restarting).toMillis() + " ms");
            Faults.assertServiceRecovered(again.port());
            Api.Response next = Api.as("admin", again.port()).post("/api/v1/jobs/recompute", Map.of());
            assertThat(next.status()).as("the resumed run gave the lock back: " + next.body()).isEqualTo(202);
        }

        figures.add("job execution killed", execution + ", marked " + oneValue(url,
            "select status from batch_job_execution where job_execution_id = ?", execution) + " when resumed");
        Faults.assertNothingLost(figures, StoredData.read(url, "postgres"), outcomes);
        assertThat(folder.resolve("reports").resolve("latest").resolve("summary.json")).exists();
    }
}
