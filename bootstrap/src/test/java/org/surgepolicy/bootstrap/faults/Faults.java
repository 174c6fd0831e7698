package org.surgepolicy.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.surgepolicy.bootstrap.api.Api;

/** What the fault tests share: the load, the waits, and what must hold once the service is back. */
final class Faults {

    /** Concurrent writers of tally submissions. */
    static final int WRITERS = 16;
    /** A start of the packaged application, generously: the machine may be busy with other builds. */
    static final Duration START_UP = Duration.ofMinutes(3);

    private Faults() {
    }

    /** Waits until the load has had {@code count} requests acknowledged; fails if it takes longer than a minute. */
    static void awaitAcknowledged(SubmissionLoad load, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (load.outcomes().stream().filter(SubmissionLoad.Outcome::acknowledged).count() < count) {
            assertThat(Instant.now()).as("%d submissions acknowledged within a minute", count).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * The service recovered by itself: the audit chain verifies end to end through the API, and a new submission is
     * acknowledged.
     */
    static void assertServiceRecovered(int port) {
        Api.Response verification = Api.as("auditor", port).get("/api/v1/audit/verification");
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().path("intact").asBoolean()).as(verification.body()).isTrue();
        Api.Response submission = Api.as("operator", port).post("/api/v1/tallies",
            Api.submission("after-the-fault", "TCA", Map.of(LocalDate.of(2019, 12, 1), 5L)));
        assertThat(submission.status()).as(submission.body()).isEqualTo(200);
    }

    /**
     * What a fault left in the database: the requests sent and acknowledged, how they were found afterwards, and how
     * far the maintained tables are from those rebuilt from the revisions.
     */
    record LoadResult(long sent, long acknowledged, StoredData.LoadCheck check, long aggregateDifferences,
                      long latestDifferences) {

        /**
         * Every acknowledged request is stored with its counts, no request is partly stored, nothing was stored that
         * was not sent, and the maintained tables match the revisions.
         */
        void assertNothingLost() {
            assertThat(check).as("acknowledged but lost, partly stored, stored but never sent: %s", check.examples())
                .extracting(StoredData.LoadCheck::lost, StoredData.LoadCheck::partial, StoredData.LoadCheck::stray)
                .containsOnly(0L);
            assertThat(List.of(aggregateDifferences, latestDifferences))
                .as("daily aggregate rows and latest counts that differ from the revisions").containsOnly(0L);
        }
    }

    /**
     * Kills the service with SIGKILL under {@link #WRITERS} writers once 150 submissions are acknowledged, starts it
     * again on the same database, checks that it recovered by itself (the audit chain verifies, a new submission is
     * acknowledged), and answers what the database holds of the load; the caller says what must hold of it.
     *
     * @param settings the service's database settings (none for the embedded default)
     * @param url      the JDBC URL the test reads the database with once the service has stopped
     */
    static LoadResult killUnderLoad(String test, Path folder, List<String> settings, String url, String user)
        throws Exception {
        Figures figures = new Figures(test);
        List<SubmissionLoad.Outcome> outcomes;
        try (ServiceProcess service = ServiceProcess.start(test + "-service", folder, settings)
            .awaitReady(START_UP)) {
            SubmissionLoad load = new SubmissionLoad(service.port(), WRITERS);
            awaitAcknowledged(load, 150);
            service.kill();
            outcomes = load.stop();
        }
        long restarting = System.nanoTime();
        try (ServiceProcess again = ServiceProcess.start(test + "-restarted", folder, settings)
            .awaitReady(START_UP)) {
            figures.add("start after the kill to ready", Duration.ofNanos(System.nanoTime() - restarting).toMillis()
                + " ms");
            assertServiceRecovered(again.port());
            again.stop();
        }
        return measure(figures, StoredData.read(url, user), outcomes);
    }

    /** Adds the load's figures, writes them all, and answers what the database holds of the load. */
    static LoadResult measure(Figures figures, StoredData stored, List<SubmissionLoad.Outcome> outcomes) {
        StoredData.LoadCheck check = stored.check(outcomes);
        long acknowledged = outcomes.stream().filter(SubmissionLoad.Outcome::acknowledged).count();
        figures.add("writers", WRITERS)
            .add("requests sent", outcomes.size())
            .add("acknowledged (200)", acknowledged)
            .add("failed (no 200)", outcomes.size() - acknowledged)
            .add("found afterwards", check.found())
            .add("of which never acknowledged (committed as the fault came)",
                check.found() - (acknowledged - check.lost()))
            .add("acknowledged but lost", check.lost())
            .add("partly stored or with other counts", check.partial())
            .add("daily aggregate / latest counts differing from the revisions",
                stored.aggregateDifferences() + " / " + stored.latestDifferences())
            .write();
        return new LoadResult(outcomes.size(), acknowledged, check, stored.aggregateDifferences(),
            stored.latestDifferences());
    }

    /** Measures the load, then checks that nothing was lost ({@link LoadResult#assertNothingLost()}). */
    static void assertNothingLost(Figures figures, StoredData stored, List<SubmissionLoad.Outcome> outcomes) {
        measure(figures, stored, outcomes).assertNothingLost();
    }
}
