package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.surgepolicy.adapter.batch.recompute.RunFolder;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.audit.HeadDigest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly recomputation against a real database. Each test starts an application of its own on a fresh database
 * (the data one test revises would change what another reads), and submits the tallies it recomputes.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class RecomputeJobContract {

    private static final String POLICY = "securing-the-border";
    /** The second shipped policy, which every run recomputes beside the first. */
    private static final String EMERGENCY = "border-emergency-authority";
    /** Below the discontinuation threshold: a LOW determination on the policy's first day, 2024-06-05. */
    private static final long LOW_COUNT = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 25);
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 6, 10);

    @Autowired
    SubmitTalliesUseCase submissions;
    @Autowired
    StartRecomputationUseCase recomputation;
    @Autowired
    GetLastCompletedRecomputationQuery lastCompleted;
    @Autowired
    DataSource dataSource;
    @Autowired
    VerifyAuditDigestQuery digestChecks;
    @Value("${surge.reports.location}")
    Path reports;

    @Test
    void writesTheTimelineTheSummaryAndTheChartAndCompletes() throws Exception {
        submit(FIRST_DAY, LAST_DAY, LOW_COUNT);

        JobRun run = recompute();

        assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(run.steps()).extracting(JobRun.StepRun::name)
            .containsExactly("recomputePoliciesStep", "writeReportsStep", "checkAggregateStep");
        JobRun.StepRun recomputed = run.steps().get(0);
        // Both shipped policies start on 2024-06-05 and have a state through today: as many days each.
        int days = 2 * timeline().size();
        assertThat(recomputed.readCount()).as("days evaluated").isEqualTo(days);
        assertThat(recomputed.writeCount()).as("recorded when the tallies came").isZero();
        assertThat(recomputed.summary()).isEqualTo("2 policies recomputed over "
            + String.format(Locale.ROOT, "%,d", days) + " days; 0 determinations and 0 restatements recorded");
        assertThat(run.steps().get(1).readCount()).as("policies reported").isEqualTo(2);
        assertThat(run.steps().get(1).writeCount()).as("report files").isEqualTo(8);
        assertThat(run.steps().get(2).readCount()).as("days compared").isEqualTo(17);
        assertThat(run.policies()).containsExactlyInAnyOrder(new JobRun.PolicyRecomputed(POLICY, 0, 0),
            new JobRun.PolicyRecomputed(EMERGENCY, 0, 0));
        Path folder = latest().toRealPath();
        assertThat(folder.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z-job-" + run.executionId());
        String job = "job-" + run.executionId() + "-";
        assertThat(run.reports()).extracting(JobRun.ReportWritten::name).containsExactly(
            job + "audit-digest.json", job + "chart-" + EMERGENCY + ".html", job + "chart-" + POLICY + ".html",
            job + "comparison.csv", job + "comparison.html", job + "summary.json", job + "timeline-" + EMERGENCY + ".csv", job + "timeline-" + POLICY + ".csv");
        assertThat(run.reports()).extracting(r -> Path.of(r.path()).toRealPath().getParent()).containsOnly(folder);
        assertThat(auditSummary(run.executionId())).isEqualTo("nightly recomputation (job execution "
            + run.executionId() + ") started by tester: COMPLETED, 2 policies, 0 determinations recorded,"
            + " 0 restatements recorded, 8 reports");

        List<CSVRecord> timeline = timeline();
        assertThat(timeline.getFirst().get("date")).isEqualTo("2024-06-05");
        assertThat(timeline.getFirst().get("counted")).isEqualTo("1000");
        assertThat(timeline.getFirst().get("average")).isEqualTo("1000.0000");
        assertThat(timeline.getFirst().get("determination")).isEqualTo("LOW");
        assertThat(timeline.getFirst().get("state")).isEqualTo("DISCONTINUATION_PENDING");
        assertThat(timeline.get(14).get("date")).isEqualTo("2024-06-19");
        assertThat(timeline.get(14).get("state")).isEqualTo("DISCONTINUED");
        assertThat(timeline.get(10).get("counted")).as("2024-06-15 is missing").isEmpty();

        JsonNode summary = summary();
        JsonNode policy = policy(summary);
        assertThat(policy.get("policyId").asString()).isEqualTo(POLICY);
        assertThat(policy.get("days").asInt()).isEqualTo(timeline.size());
        assertThat(policy.get("determinations").get(0).get("date").asString()).isEqualTo("2024-06-05");
        assertThat(policy.get("determinations").get(0).get("type").asString()).isEqualTo("LOW");
        assertThat(summary.get("aggregateCheck").get("matches").asBoolean()).isTrue();
        assertThat(summary.get("aggregateCheck").get("daysMaintained").asInt()).isEqualTo(17);
        assertThat(summary.get("jobExecutionId").asLong()).isEqualTo(run.executionId());
        assertThat(summary.has("reconciliation")).isTrue();

        // The data ends on 2024-06-10, long before today: stale, and said so.
        assertThat(policy.get("dataThrough").asString()).isEqualTo("2024-06-10");
        assertThat(policy.get("stale").asBoolean()).isTrue();
        assertThat(policy.get("since").asString()).isEqualTo("2024-06-19");
        assertThat(policy.get("effectiveSince").asString()).isEqualTo("2024-06-19");

        String html = Files.readString(latest().resolve("chart-" + POLICY + ".html"));
        assertThat(html).contains(bundledScript("/reports/echarts/echarts.min.js").substring(0, 500))
            .contains(bundledScript("/reports/chart/policy-chart.js"))
            .contains("const data = {\"policy\":{\"id\":\"securing-the-border\"")
            .contains("{\"date\":\"2024-06-05\",\"counted\":1000,\"average\":1000.0000,"
                + "\"state\":\"DISCONTINUATION_PENDING\",\"effectiveState\":\"DISCONTINUATION_PENDING\","
                + "\"determination\":\"LOW\",\"overrideId\":null}")
            .contains("data-field=\"stale\"")
            .doesNotContain("<script src=");
        assertThat(auditedJobRuns()).contains("recomputeJob " + run.executionId());

        JsonNode digest = JsonMapper.builder().build().readTree(Files.readString(latest().resolve("audit-digest.json")));
        HeadDigest kept = new HeadDigest(digest.get("sequence").asLong(), digest.get("hash").asString(),
            Instant.parse(digest.get("instant").asString()), digest.get("signature").asString());
        assertThat(digest.get("algorithm").asString()).isEqualTo("HMAC-SHA256");
        assertThat(digestChecks.verify(kept).toOptional()).hasValueSatisfying(
            checked -> assertThat(checked.verification().intact()).isTrue());
        assertThat(JdbcClient.create(dataSource).sql("select summary from audit_entry where action ="
                + " 'AUDIT_DIGEST_WRITTEN' and sequence = :next").param("next", kept.sequence() + 1)
            .query(String.class).single()).startsWith("digest of the audit chain's head: entry " + kept.sequence());
    }

    @Test
    void recordsARestatementWhenFirstDetectedAndNotAgain() throws Exception {
        submit(FIRST_DAY, LAST_DAY, LOW_COUNT);
        recompute();
        submit(LocalDate.of(2024, 5, 29), LocalDate.of(2024, 6, 4), 3_000);

        JobRun first = recompute();
        int afterFirst = restatements();
        JsonNode firstSummary = summary();
        JobRun second = recompute();
        Path firstFolder = Path.of(first.reports().getFirst().path()).getParent();
        Path secondFolder = Path.of(second.reports().getFirst().path()).getParent();

        assertThat(first.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(afterFirst).isEqualTo(1);
        JsonNode restated = policy(firstSummary).get("restatements");
        assertThat(restated.get("detectedThisRun").asInt()).isEqualTo(1);
        assertThat(restated.get("items").get(0).get("kind").asString()).isEqualTo("WITHDRAWN");
        assertThat(restated.get("items").get(0).get("date").asString()).isEqualTo("2024-06-05");
        assertThat(second.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(restatements()).isEqualTo(1);
        assertThat(policy(summary()).get("restatements").get("detectedThisRun").asInt()).isZero();
        assertThat(secondFolder).as("each run has its own folder").isNotEqualTo(firstFolder);
        assertThat(firstFolder.resolve("summary.json")).exists();
        assertThat(latest().toRealPath()).isEqualTo(secondFolder.toRealPath());
    }

    @Test
    void failsItsCheckStepWhenTheMaintainedAggregateDiffersFromTheTallies() throws Exception {
        submit(FIRST_DAY, LAST_DAY, LOW_COUNT);
        LocalDate broken = LocalDate.of(2024, 6, 1);
        moveAggregate(broken, 1);
        try {
            JobRun run = recompute();

            assertThat(run.status()).isEqualTo(JobRun.RunStatus.FAILED);
            assertThat(run.steps()).extracting(JobRun.StepRun::name, JobRun.StepRun::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("recomputePoliciesStep", JobRun.RunStatus.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("writeReportsStep", JobRun.RunStatus.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("checkAggregateStep", JobRun.RunStatus.FAILED));
            assertThat(run.steps().getLast().exitDescription()).contains("differs from the one rebuilt");
            JsonNode check = summary().get("aggregateCheck");
            assertThat(check.get("matches").asBoolean()).isFalse();
            assertThat(check.get("mismatches").get(0).get("date").asString()).isEqualTo("2024-06-01");
        } finally {
            moveAggregate(broken, -1);
        }
    }

    @Test
    void theLastCompletedRunIsTheNewestThatCompletedNotANewerFailure() {
        submit(FIRST_DAY, LAST_DAY, LOW_COUNT);
        JobRun completed = recompute();
        LocalDate broken = LocalDate.of(2024, 6, 1);
        moveAggregate(broken, 1);
        JobRun failed;
        try {
            failed = recompute();
        } finally {
            moveAggregate(broken, -1);
        }

        assertThat(completed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
        assertThat(lastCompleted.lastCompleted()).hasValueSatisfying(last -> {
            assertThat(last.executionId()).isEqualTo(completed.executionId());
            // The job repository keeps microseconds.
            assertThat(last.endedAt()).isCloseTo(completed.endedAt(), within(1, ChronoUnit.MILLIS));
        });
    }

    private void submit(LocalDate from, LocalDate to, long count) {
        List<SubmitTalliesUseCase.Row> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows.add(new SubmitTalliesUseCase.Row(day, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", count));
        }
        assertThat(submissions.submit(new SubmitTalliesUseCase.Command("test", "tester", rows)))
            .isInstanceOf(Outcome.Done.class);
    }

    private JobRun recompute() {
        return switch (recomputation.start(new StartRecomputationUseCase.Command("tester", true))) {
            case Outcome.Done<JobRun> launched -> launched.value();
            case Outcome<JobRun> refused -> throw new AssertionError(refused);
        };
    }

    /** The newest run's folder. */
    private Path latest() {
        return reports.resolve(RunFolder.LATEST);
    }

    private List<CSVRecord> timeline() throws IOException {
        try (Reader in = Files.newBufferedReader(latest().resolve("timeline-" + POLICY + ".csv"));
             CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                 .get())) {
            assertThat(csv.getHeaderNames()).containsExactly("date", "counted", "average", "state", "effective_state",
                "version", "days_below_discontinuation_threshold", "determination");
            return csv.getRecords();
        }
    }

    /** The summary's part on {@link #POLICY}, among every policy's. */
    private static JsonNode policy(JsonNode summary) {
        for (JsonNode policy : summary.get("policies")) {
            if (policy.get("policyId").asString().equals(POLICY)) {
                return policy;
            }
        }
        throw new AssertionError(POLICY + " is not in the summary");
    }

    private JsonNode summary() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(latest().resolve("summary.json")));
    }

    private static String bundledScript(String path) throws IOException {
        try (InputStream in = RecomputeJobContract.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private String auditSummary(long executionId) {
        return jdbc().sql("select summary from audit_entry where action = 'JOB_RUN' and subject = :subject")
            .param("subject", "recomputeJob " + executionId).query(String.class).single();
    }

    private List<String> auditedJobRuns() {
        return jdbc().sql("select subject from audit_entry where action = 'JOB_RUN'").query(String.class).list();
    }

    private int restatements() {
        return jdbc().sql("select count(*) from restatement where policy_id = :policy").param("policy", POLICY)
            .query(Integer.class).single();
    }

    private void moveAggregate(LocalDate day, long by) {
        jdbc().sql("update daily_aggregate set total = total + :by where tally_date = :day and component = 'USBP'")
            .param("by", by).param("day", day).update();
    }
}
