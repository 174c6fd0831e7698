package org.surgepolicy.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.bootstrap.SurgePolicyApplication;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * The latency of a status request and of a one-day submission of 2,000 tally rows, with ten years of data at 2,000
 * rows a day in PostgreSQL. Not part of the test suite: run it by name (see docs/benchmarks.md), against a database of
 * its own ({@code surge.bench.postgres.url}); the first run loads the ten years (a few minutes), later runs reuse them.
 * Writes its figures to {@code target/benchmark-api.md}.
 */
@SpringBootTest(classes = SurgePolicyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"surge.demo-data.enabled=false",
        "surge.security.users[0].username=operator", "surge.security.users[0].password={noop}operator-pw",
        "surge.security.users[0].roles=OPERATOR",
        "surge.security.users[1].username=viewer", "surge.security.users[1].password={noop}viewer-pw",
        "surge.security.users[1].roles=VIEWER",
        "logging.level.org.surgepolicy=WARN"})
class ApiLatencyBenchmark {

    private static final int ROWS_PER_DAY = 2_000;
    private static final int YEARS = 10;
    private static final int STATUS_REQUESTS = Integer.getInteger("surge.bench.status-requests", 1_000);
    private static final int SUBMISSIONS = Integer.getInteger("surge.bench.submissions", 100);
    private static final String STATUS = "/api/v1/policies/securing-the-border/status";

    @LocalServerPort
    int port;

    @Autowired
    TallyLedger ledger;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    /** The 2,000 keys of a day: every USBP sector and southwest field office, demographic and citizenship. */
    private static List<TallyKey> keysOf(LocalDate day) {
        List<TallyKey> keys = new ArrayList<>(ROWS_PER_DAY);
        List<String> citizenships = Citizenship.KNOWN.stream().sorted().toList();
        for (Area area : Areas.all()) {
            boolean borderPatrol = area.component() == Component.USBP;
            if (!borderPatrol && !List.of("SND", "TUC", "ELP", "LRE").contains(area.code())) {
                continue;
            }
            for (Demographic demographic : Demographic.values()) {
                for (String citizenship : citizenships) {
                    if (keys.size() == ROWS_PER_DAY) {
                        return keys;
                    }
                    keys.add(new TallyKey(day, area.component(), new AreaCode(area.code()), demographic,
                        new Citizenship(citizenship),
                        borderPatrol ? EncounterType.APPREHENSIONS : EncounterType.INADMISSIBLES));
                }
            }
        }
        return keys;
    }

    private static List<Tally> dayOf(LocalDate day, SplittableRandom random, int bump) {
        return keysOf(day).stream().map(key -> new Tally(key, random.nextInt(4) + bump)).toList();
    }

    private LocalDate loadTenYears(LocalDate today) {
        LocalDate first = today.minusYears(YEARS);
        LocalDate loaded = ledger.newestDay().orElse(null);
        if (loaded != null && !loaded.isBefore(today.minusDays(1))) {
            return first;
        }
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        SplittableRandom random = new SplittableRandom(42);
        long started = System.nanoTime();
        for (LocalDate day = loaded == null ? first : loaded.plusDays(1); day.isBefore(today);
             day = day.plusDays(1)) {
            List<Tally> tallies = dayOf(day, random, 0);
            inTransaction.executeWithoutResult(status -> ledger.append(tallies, "benchmark", "benchmark-load"));
        }
        System.out.printf("loaded %d years of %d rows a day in %.0f s%n", YEARS, ROWS_PER_DAY,
            (System.nanoTime() - started) / 1e9);
        return first;
    }

    @Test
    void statusAndSubmissionLatencyWithTenYearsOfData() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        loadTenYears(today);
        Api viewer = Api.as("viewer", port);
        Api operator = Api.as("operator", port);

        for (int i = 0; i < 20; i++) {
            assertThat(viewer.get(STATUS).status()).isEqualTo(200);
        }
        double[] status = new double[STATUS_REQUESTS];
        for (int i = 0; i < STATUS_REQUESTS; i++) {
            long started = System.nanoTime();
            Api.Response response = viewer.get(STATUS);
            status[i] = (System.nanoTime() - started) / 1e6;
            assertThat(response.status()).isEqualTo(200);
        }

        SplittableRandom random = new SplittableRandom(7);
        // Counts no earlier run submitted, so that every row of every submission is a new revision.
        int runOffset = (int) (System.currentTimeMillis() / 1000 % 500_000);
        double[] submission = new double[SUBMISSIONS];
        double[] statusAfterSubmission = new double[SUBMISSIONS];
        for (int i = 0; i < SUBMISSIONS; i++) {
            LocalDate day = today.minusDays(1 + (i % 60));
            Map<String, Object> body = Map.of("source", "benchmark-day", "tallies",
                dayOf(day, random, runOffset + 10 * i).stream().map(t -> Api.tally(t.key().date(), t.key().component().name(),
                    t.key().area().value(), t.key().demographic().name(), t.key().citizenship().name(),
                    t.key().encounterType().name(), t.count())).toList());
            long started = System.nanoTime();
            Api.Response response = operator.post("/api/v1/tallies", body);
            submission[i] = (System.nanoTime() - started) / 1e6;
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().path("added").asInt() + response.json().path("revised").asInt())
                .isEqualTo(ROWS_PER_DAY);
            started = System.nanoTime();
            assertThat(viewer.get(STATUS).status()).isEqualTo(200);
            statusAfterSubmission[i] = (System.nanoTime() - started) / 1e6;
        }

        String report = String.join("\n",
            "| request (ten years at 2,000 rows a day in PostgreSQL) | n | median ms | p99 ms | max ms |",
            "|---|---|---|---|---|",
            Latencies.row("GET status (data unchanged)", status),
            Latencies.row("POST one day of 2,000 tally rows (all revised)", submission),
            Latencies.row("GET status right after a submission", statusAfterSubmission), "");
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-api.md"), report);
    }
}
