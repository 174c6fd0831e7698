package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import tools.jackson.databind.JsonNode;

/**
 * Twenty clients submit overlapping tallies at once through the API: every revision is kept, the latest in recording
 * order wins, no determination is recorded twice, and the maintained aggregate equals one rebuilt from the tallies.
 */
abstract class ConcurrentSubmissionsContract {

    private static final int CLIENTS = 20;
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 20);
    private static final int DAYS = 30;

    @LocalServerPort
    int port;

    @Autowired
    TallyLedger ledger;

    @Autowired
    DeterminationLog determinations;

    /** Client {@code c} reports {@code 1000 + c} on every day: every client revises every key the others wrote. */
    private Map<String, Object> submissionOf(int client) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int d = 0; d < DAYS; d++) {
            counts.put(FIRST.plusDays(d), 1000L + client);
        }
        return Api.submission("client-" + client, "RGV", counts);
    }

    @Test
    void everyRevisionIsKeptTheLatestWinsAndNothingIsRecordedTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Callable<Api.Response>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> Api.as("operator", port).post("/api/v1/tallies", submissionOf(client)));
        }
        List<Api.Response> responses = new ArrayList<>();
        try {
            for (Future<Api.Response> response : pool.invokeAll(clients)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(responses.stream().mapToInt(r -> r.json().path("added").asInt() + r.json().path("revised")
            .asInt()).sum()).isEqualTo(CLIENTS * DAYS);
        assertThat(responses.stream().mapToInt(r -> r.json().path("added").asInt()).sum())
            .as("each key is new once, to the first client that writes it").isEqualTo(DAYS);

        for (int d = 0; d < DAYS; d += 7) {
            JsonNode history = Api.as("auditor", port)
                .get("/api/v1/tallies?date=" + FIRST.plusDays(d) + "&history=true").json().path("tallies");
            assertThat(history.size()).isEqualTo(CLIENTS);
            JsonNode last = history.get(CLIENTS - 1);
            JsonNode latest = Api.as("auditor", port).get("/api/v1/tallies?date=" + FIRST.plusDays(d)).json()
                .path("tallies");
            assertThat(latest.size()).isEqualTo(1);
            assertThat(latest.get(0).path("count").asLong()).isEqualTo(last.path("count").asLong());
            assertThat(latest.get(0).path("source").asString()).isEqualTo(last.path("source").asString());
        }

        LocalDate from = FIRST.minusDays(60);
        LocalDate to = FIRST.plusDays(DAYS);
        assertThat(ledger.aggregates(from, to)).isEqualTo(ledger.rebuildAggregates(from, to));

        var recorded = determinations.recorded("securing-the-border", null);
        assertThat(recorded).extracting(r -> r.determination().date() + " " + r.determination().type())
            .doesNotHaveDuplicates();
    }
}
