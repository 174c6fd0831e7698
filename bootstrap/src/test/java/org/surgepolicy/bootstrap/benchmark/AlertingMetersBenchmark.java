package org.surgepolicy.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.bootstrap.SurgePolicyApplication;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEvent;

/**
 * What the alerting meters cost: a walk of the whole audit chain (the background verification) with
 * {@code surge.bench.audit-entries} entries (default 100,000), and a whole scrape of /actuator/prometheus with no
 * reuse of the policies' statuses between scrapes. Not part of the test suite: run it by name (see
 * docs/benchmarks.md) against the benchmarks' own database, which the first run fills up to that many entries (later
 * runs reuse them). Writes its figures to {@code target/benchmark-alerting.md}.
 */
@SpringBootTest(classes = SurgePolicyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"surge.demo-data.enabled=false", "surge.jobs.recompute.cron=-",
        "surge.metrics.status-cache-ttl=0s", "surge.metrics.audit-verification-initial-delay=1h",
        "surge.security.users[0].username=auditor", "surge.security.users[0].password={noop}auditor-pw",
        "surge.security.users[0].roles=AUDITOR",
        "logging.level.org.surgepolicy=WARN"})
class AlertingMetersBenchmark {

    private static final int ENTRIES = Integer.getInteger("surge.bench.audit-entries", 100_000);
    private static final int VERIFICATIONS = Integer.getInteger("surge.bench.verifications", 5);
    private static final int SCRAPES = Integer.getInteger("surge.bench.scrapes", 200);
    private static final int APPENDS_PER_TRANSACTION = 1_000;

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    VerifyAuditTrailQuery verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.register(registry);
    }

    /** Appends entries until the chain has {@link #ENTRIES}, a thousand a transaction, as the service appends them. */
    private void fillTheChain() {
        long present = trail.list(new AuditTrail.Filter(null, null, null, null), 0, 1).total();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        String digest = AuditDigest.sha256("benchmark");
        long started = System.nanoTime();
        for (long appended = present; appended < ENTRIES; appended += APPENDS_PER_TRANSACTION) {
            long first = appended;
            inTransaction.executeWithoutResult(status -> {
                for (long n = first; n < Math.min(ENTRIES, first + APPENDS_PER_TRANSACTION); n++) {
                    trail.append(new AuditEvent(Instant.now(), "benchmark", "BENCHMARK_ENTRY", "entry " + n, digest,
                        "benchmark entry " + n));
                }
            });
        }
        System.out.printf("the chain had %d entries; filled to %d in %.0f s%n", present, ENTRIES,
            (System.nanoTime() - started) / 1e9);
    }

    @Test
    void aWalkOfTheWholeAuditChainAndAWholeScrape() throws IOException {
        fillTheChain();

        double[] verifications = new double[VERIFICATIONS];
        long entries = 0;
        for (int i = 0; i < VERIFICATIONS; i++) {
            long started = System.nanoTime();
            AuditChain.Verification verification = verifier.verify();
            verifications[i] = (System.nanoTime() - started) / 1e6;
            assertThat(verification.intact()).as(verification.reason()).isTrue();
            entries = verification.entriesChecked();
        }

        Api auditor = Api.as("auditor", port);
        for (int i = 0; i < 20; i++) {
            assertThat(auditor.get("/actuator/prometheus", "text/plain").status()).isEqualTo(200);
        }
        double[] scrapes = new double[SCRAPES];
        for (int i = 0; i < SCRAPES; i++) {
            long started = System.nanoTime();
            Api.Response scrape = auditor.get("/actuator/prometheus", "text/plain");
            scrapes[i] = (System.nanoTime() - started) / 1e6;
            assertThat(scrape.status()).isEqualTo(200);
        }

        String report = String.join("\n",
            "| operation (PostgreSQL) | n | median ms | p99 ms | max ms |",
            "|---|---|---|---|---|",
            Latencies.row("verify the whole audit chain (" + entries + " entries)", verifications),
            Latencies.row("GET /actuator/prometheus (statuses not reused)", scrapes), "");
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-alerting.md"), report);
    }
}
