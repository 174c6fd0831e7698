package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A submission that cannot have the ledger's lock within {@code surge.tallies.lock-wait} (as while an import of a
 * large file is published, which holds that lock until it commits): the service answers 503 with {@code Retry-After},
 * stores nothing of it, and the same submission sent again once the lock is free is stored. Each database's subclass
 * sets the wait to one second, far below the database's own lock timeout.
 */
abstract class LedgerLockWaitContract {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 10);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private Api.Response submit(long count) {
        return Api.as("operator", port).post("/api/v1/tallies", Api.submission("lock-wait", "RGV", Map.of(DAY, count)));
    }

    /** A setting as the service's own connections have it, read on one of them. */
    protected String connectionSetting(String query) {
        return JdbcClient.create(dataSource).sql(query).query(String.class).single();
    }

    private long revisionsOfTheSource() {
        return JdbcClient.create(dataSource).sql("select count(*) from tally_revision where source = 'lock-wait'")
            .query(Long.class).single();
    }

    @Test
    void submissionsGroupedBehindTheHeldLockAreEachRefusedWithNothingStored() throws Exception {
        long before = revisionsOfTheSource();
        List<Api.Response> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement();
                 ResultSet state = lock.executeQuery("select version from tally_ledger where id = 1 for update")) {
                assertThat(state.next()).isTrue();
            }
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                long count = 100 + client;
                sent.add(clients.submit(() -> submit(count)));
            }
            for (Future<Api.Response> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            holder.rollback();
        } finally {
            clients.shutdown();
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.json().path("type").asString()).isEqualTo("tag:surgepolicy.org,2024:problems/busy");
        });
        assertThat(revisionsOfTheSource()).isEqualTo(before);
    }

    @Test
    void aSubmissionThatCannotHaveTheLedgersLockInTimeIsRefusedWithNothingStoredAndStoredWhenSentAgain()
        throws Exception {
        Api.Response first = submit(5);
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        Api.Response refused;
        long started;
        long waited;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement();
                 ResultSet state = lock.executeQuery("select version from tally_ledger where id = 1 for update")) {
                assertThat(state.next()).isTrue();
            }
            started = System.nanoTime();
            refused = submit(7);
            waited = System.nanoTime() - started;
            assertThat(revisionsOfTheSource()).as("nothing of the refused submission is stored").isOne();
            holder.rollback();
        }

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(refused.json().path("type").asString()).isEqualTo("tag:surgepolicy.org,2024:problems/busy");
        assertThat(refused.json().path("detail").asString()).contains("nothing of it was stored");
        assertThat(Duration.ofNanos(waited)).as("it waited for surge.tallies.lock-wait, not for ever")
            .isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(30));

        Api.Response again = submit(7);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("revised").asInt()).isOne();
        assertThat(revisionsOfTheSource()).isEqualTo(2);
    }
}
