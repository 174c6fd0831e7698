package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import org.surgepolicy.bootstrap.support.FixedClock;
import org.surgepolicy.bootstrap.support.Scrape;

/**
 * Every meter of the service after a known sequence, scraped from /actuator/prometheus as an auditor.
 *
 * <p>Today is 2024-06-20 (the policy's zone); the policy started on 2024-06-05, in effect, under p10773 (one window
 * below 1,500 suffices; discontinuation 14 days after). First 1,000 a day from 2024-05-30 to 2024-06-18: the window
 * ending 2024-06-05 is below 1,500, so LOW on 2024-06-06. Then 2024-06-04 and 2024-06-05 are revised to 5,000: every
 * window to the one ending 2024-06-11 reaches 10,500, the one ending 2024-06-12 (06-06 to 06-12) sums 7,000, so LOW
 * on 2024-06-13, pending until 2024-06-27, and the LOW of 2024-06-06 is withdrawn. Then a submission with a bad row
 * is refused, a daily file of three good lines and a bad one is imported (one reject allowed), on days no window of the
 * rule reads whole, and the nightly recomputation job runs once. The audit chain is verified in the background from
 * the start.
 */
@FullStackTest
@Import(FixedClock.class)
@TestPropertySource(properties = {"surge.metrics.status-cache-ttl=0s",
    "surge.reports.location=${java.io.tmpdir}/surge-reports-metrics-it",
    "surge.import.folder=${java.io.tmpdir}/surge-imports-metrics-it",
    "surge.metrics.audit-verification-initial-delay=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIT {

    private static final String POLICY = "securing-the-border";
    private static final LocalDate FIRST = LocalDate.parse("2024-05-30");
    private static final LocalDate LAST = LocalDate.parse("2024-06-18");

    @LocalServerPort
    private int port;
    @Autowired
    private StartRecomputationUseCase recomputation;
    @Autowired
    private AuditChainMeters auditChain;

    private Scrape scrape;
    private JobRun nightly;

    @BeforeAll
    void runTheSequenceAndScrape() throws InterruptedException {
        Api operator = Api.as("operator", port);
        Map<LocalDate, Long> counts = new TreeMap<>();
        FIRST.datesUntil(LAST.plusDays(1)).forEach(day -> counts.put(day, 1_000L));
        assertThat(operator.post("/api/v1/tallies", Api.submission("rgv-daily-report", "RGV", counts)).status())
            .isEqualTo(200);
        counts.put(LocalDate.parse("2024-06-04"), 5_000L);
        counts.put(LocalDate.parse("2024-06-05"), 5_000L);
        assertThat(operator.post("/api/v1/tallies", Api.submission("rgv-daily-report", "RGV", counts)).status())
            .isEqualTo(200);
        assertThat(operator.post("/api/v1/tallies", Map.of("source", "sector-feed", "tallies", List.of(
            tally("RGV"), tally("XXX"), tally("LRT")))).status()).isEqualTo(400);
        importADailyFile(operator);
        Outcome<JobRun> launch = recomputation.start(new StartRecomputationUseCase.Command("admin", true));
        assertThat(launch.toOptional()).hasValueSatisfying(
            launched -> assertThat(launched.status()).isEqualTo(JobRun.RunStatus.COMPLETED));
        nightly = launch.orElseThrow();
        scrape = scrape();
    }

    private Scrape scrape() {
        Api.Response prometheus = Api.as("auditor", port).get("/actuator/prometheus", "text/plain");
        assertThat(prometheus.status()).isEqualTo(200);
        return Scrape.of(prometheus.body());
    }

    private static double midnightUtc(String day) {
        return LocalDate.parse(day).toEpochDay() * 86_400.0;
    }

    private static void importADailyFile(Api operator) throws InterruptedException {
        String csv = String.join("\r\n", "date,component,area,demographic,citizenship,encounter_type,count",
            "2024-05-01,USBP,LRT,SINGLE_ADULTS,MEXICO,APPREHENSIONS,40",
            "2024-05-02,USBP,LRT,SINGLE_ADULTS,MEXICO,APPREHENSIONS,41",
            "2024-05-03,USBP,LRT,SINGLE_ADULTS,MEXICO,APPREHENSIONS,42",
            "2024-05-03,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,43") + "\r\n";
        Api.Response started = operator.postRaw("/api/v1/imports?format=daily&maxRejects=1", "text/csv", csv);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String path = "/api/v1/imports/" + started.json().path("id").asLong();
        for (int i = 0; i < 600 && !List.of("COMPLETED", "REJECTED", "FAILED").contains(
            operator.get(path).json().path("status").asString()); i++) {
            Thread.sleep(50);
        }
        assertThat(operator.get(path).json().path("status").asString()).isEqualTo("COMPLETED");
    }

    private static Map<String, Object> tally(String area) {
        return Api.tally(LAST, "USBP", area, "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 10);
    }

    @Test
    void theStateGaugeIsOneForTheCurrentStateOnlyForEveryState() {
        assertThat(scrape.value("surge_policy_state", "policy", POLICY, "state", "DISCONTINUATION_PENDING"))
            .isEqualTo(1.0);
        assertThat(scrape.value("surge_policy_state", "policy", POLICY, "state", "IN_EFFECT")).isZero();
        assertThat(scrape.value("surge_policy_state", "policy", POLICY, "state", "DISCONTINUED")).isZero();
        assertThat(scrape.value("surge_policy_effective_state", "policy", POLICY, "state", "DISCONTINUATION_PENDING"))
            .isEqualTo(1.0);
        assertThat(scrape.value("surge_policy_effective_state", "policy", POLICY, "state", "IN_EFFECT")).isZero();
    }

    @Test
    void theProposedSecondPolicyHasItsOwnStateGaugesBesideTheFirst() {
        String proposed = "border-emergency-authority";
        // Ten encounters a day are far below its triggers: it stays in its initial state, not active.
        assertThat(scrape.value("surge_policy_state", "policy", proposed, "state", "DISCONTINUED")).isEqualTo(1.0);
        assertThat(scrape.value("surge_policy_state", "policy", proposed, "state", "IN_EFFECT")).isZero();
        assertThat(scrape.total("surge_policy_state", "policy", proposed)).isEqualTo(1.0);
        assertThat(scrape.total("surge_policy_effective_state", "policy", proposed)).isEqualTo(1.0);
    }

    @Test
    void theLatestAverageAndTheDaysBelowTheThresholdComeFromTheStatus() {
        assertThat(scrape.value("surge_policy_latest_average_encounters", "policy", POLICY)).isEqualTo(1_000.0);
        assertThat(scrape.value("surge_policy_below_threshold_days", "policy", POLICY)).isEqualTo(7.0);
        assertThat(scrape.value("surge_policy_below_threshold_required_days", "policy", POLICY)).isEqualTo(1.0);
    }

    @Test
    void theNextChangeIsTheScheduledDiscontinuationAndFreshnessCountsFromTheNewestDay() {
        assertThat(scrape.value("surge_policy_next_change_days", "policy", POLICY)).isEqualTo(7.0);
        assertThat(scrape.value("surge_data_freshness_days", "policy", POLICY)).isEqualTo(2.0);
        assertThat(scrape.value("surge_data_stale", "policy", POLICY)).as("2 days old, 3 allowed").isZero();
    }

    @Test
    void tallyRowsAreCountedBySourceAndWhatBecameOfThem() {
        assertThat(scrape.value("surge_tallies_received_rows_total", "source", "rgv-daily-report")).isEqualTo(40.0);
        assertThat(scrape.value("surge_tallies_revised_rows_total", "source", "rgv-daily-report")).isEqualTo(22.0);
        assertThat(scrape.value("surge_tallies_unchanged_rows_total", "source", "rgv-daily-report")).isEqualTo(18.0);
        assertThat(scrape.value("surge_tallies_rejected_rows_total", "source", "sector-feed")).isEqualTo(3.0);
        assertThat(scrape.has("surge_tallies_received_rows_total", "source", "sector-feed")).isFalse();
    }

    @Test
    void determinationsAreCountedByTypeAndRestatementsByKind() {
        assertThat(scrape.value("surge_determinations_total", "policy", POLICY, "type", "LOW")).isEqualTo(2.0);
        assertThat(scrape.value("surge_determinations_total", "policy", POLICY, "type", "HIGH")).isZero();
        assertThat(scrape.value("surge_restatements", "policy", POLICY, "kind", "WITHDRAWN")).isEqualTo(1.0);
        assertThat(scrape.value("surge_restatements", "policy", POLICY, "kind", "ADDED")).isZero();
        assertThat(scrape.value("surge_restatements", "policy", POLICY, "kind", "REVISED")).isZero();
    }

    @Test
    void theRecomputationTheNightlyJobRunsIsTimed() {
        assertThat(scrape.value("surge_recomputation_seconds_count", "outcome", "success")).isEqualTo(1.0);
        assertThat(scrape.value("surge_recomputation_seconds_sum", "outcome", "success")).isPositive();
    }

    @Test
    void importsAreCountedByFormatAndStatusTheirLinesByOutcomeAndTheirRowsAsTallies() {
        assertThat(scrape.value("surge_imports_total", "format", "daily", "status", "COMPLETED")).isEqualTo(1.0);
        assertThat(scrape.value("surge_import_lines_total", "format", "daily", "outcome", "imported")).isEqualTo(3.0);
        assertThat(scrape.value("surge_import_lines_total", "format", "daily", "outcome", "rejected")).isEqualTo(1.0);
        assertThat(scrape.value("surge_tallies_received_rows_total", "source", "import:daily")).isEqualTo(3.0);
        assertThat(scrape.value("surge_tallies_revised_rows_total", "source", "import:daily")).isEqualTo(3.0);
        assertThat(scrape.value("surge_tallies_rejected_rows_total", "source", "import:daily")).isEqualTo(1.0);
    }

    @Test
    void springBatchsOwnJobStepAndChunkMetersReachThePrometheusRegistryButNoneForEachItem() {
        assertThat(scrape.total("spring_batch_job_seconds_count", "spring_batch_job_name", "recomputeJob",
            "spring_batch_job_status", "COMPLETED")).isEqualTo(1.0);
        assertThat(scrape.total("spring_batch_step_seconds_count", "spring_batch_step_name", "recomputePoliciesStep",
            "spring_batch_step_status", "COMPLETED")).isEqualTo(1.0);
        assertThat(scrape.total("spring_batch_job_seconds_count", "spring_batch_job_name", "importJob",
            "spring_batch_job_status", "COMPLETED")).isEqualTo(1.0);
        assertThat(scrape.total("spring_batch_chunk_write_seconds_count")).as("the import's chunks").isPositive();
        assertThat(scrape.total("spring_batch_item_read_seconds_count")).as("no timer per item read").isZero();
        assertThat(scrape.total("spring_batch_item_process_seconds_count")).as("nor per item processed").isZero();
    }

    @Test
    void everyMeterIsDescribed() {
        for (String name : List.of("surge_policy_state", "surge_policy_effective_state",
            "surge_policy_latest_average_encounters", "surge_policy_below_threshold_days",
            "surge_policy_below_threshold_required_days", "surge_policy_next_change_days", "surge_data_freshness_days",
            "surge_data_stale",
            "surge_restatements", "surge_determinations_total", "surge_tallies_received_rows_total",
            "surge_tallies_revised_rows_total", "surge_tallies_unchanged_rows_total",
            "surge_tallies_rejected_rows_total", "surge_recomputation_seconds", "surge_imports_total",
            "surge_import_lines_total", "surge_policy_effective_state_since_timestamp_seconds",
            "surge_policy_discontinuation_effective_timestamp_seconds",
            "surge_recompute_last_completed_timestamp_seconds", "surge_audit_chain_intact",
            "surge_audit_chain_entries", "surge_audit_chain_verified_timestamp_seconds", "surge_service_ready")) {
            assertThat(scrape.help(name)).as(name).isNotBlank();
        }
    }

    @Test
    void theHealthProbesAreOpenAndReadinessIncludesTheDatabase() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/readiness").json().path("components").path("db").path("status")
            .asString()).isEqualTo("UP");
    }

    @Test
    void theDatesTheAlertsNameAreTheirDaysAsTimestamps() {
        assertThat(scrape.value("surge_policy_discontinuation_effective_timestamp_seconds", "policy", POLICY))
            .isEqualTo(midnightUtc("2024-06-27"));
        assertThat(scrape.value("surge_policy_effective_state_since_timestamp_seconds", "policy", POLICY, "state",
            "DISCONTINUATION_PENDING")).isEqualTo(midnightUtc("2024-06-13"));
        assertThat(scrape.value("surge_policy_effective_state_since_timestamp_seconds", "policy", POLICY, "state",
            "IN_EFFECT")).isNaN();
        assertThat(scrape.value("surge_policy_effective_state_since_timestamp_seconds", "policy", POLICY, "state",
            "DISCONTINUED")).isNaN();
    }

    @Test
    void theLastCompletedRecomputationIsWhenTheNightlyJobEndedAsTheJobRepositoryRecordsIt() {
        assertThat(nightly.endedAt()).isNotNull();
        // The job repository keeps microseconds: the instant read back may round to the next millisecond.
        assertThat(scrape.value("surge_recompute_last_completed_timestamp_seconds"))
            .isCloseTo(nightly.endedAt().toEpochMilli() / 1_000.0, offset(0.0015));
    }

    @Test
    void theAuditChainIsVerifiedInTheBackgroundAndItsResultScraped() throws InterruptedException {
        for (int i = 0; i < 600 && Double.isNaN(scrape().value("surge_audit_chain_verified_timestamp_seconds")); i++) {
            Thread.sleep(100);
        }
        assertThat(scrape().value("surge_audit_chain_verified_timestamp_seconds")).as("the scheduled verification ran")
            .isEqualTo(FixedClock.NOW.getEpochSecond());

        auditChain.verify();
        Scrape verified = scrape();
        long entries = Api.as("auditor", port).get("/api/v1/audit/events?size=1").json().path("page")
            .path("totalElements").asLong();
        assertThat(verified.value("surge_audit_chain_intact")).isEqualTo(1.0);
        assertThat(verified.value("surge_audit_chain_entries")).isEqualTo(entries).isGreaterThan(1.0);
    }

    @Test
    void theServiceIsReadyAndImportsThatFailOrAreRejectedAreCountedFromZero() {
        assertThat(scrape.value("surge_service_ready")).isEqualTo(1.0);
        assertThat(scrape.value("surge_imports_total", "format", "daily", "status", "FAILED")).isZero();
        assertThat(scrape.value("surge_imports_total", "format", "daily", "status", "REJECTED")).isZero();
        assertThat(scrape.value("surge_imports_total", "format", "cbp-monthly", "status", "FAILED")).isZero();
    }
}
