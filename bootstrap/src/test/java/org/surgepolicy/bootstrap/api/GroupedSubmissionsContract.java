package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.application.policy.CachedPolicyEvaluation;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import tools.jackson.databind.JsonNode;

/**
 * Many clients submit one-row tallies at once while one submission changes the policy's state: the submissions are
 * stored in groups (one transaction, one evaluation of every policy each), and yet each receipt gives the states
 * after its own rows, each determination is recorded and audited once, the audit chain verifies, and a status read
 * after the last group evaluates nothing again.
 */
abstract class GroupedSubmissionsContract {

    private static final String POLICY = "securing-the-border";
    private static final int CLIENTS = 20;
    private static final int EACH = 10;
    private static final LocalDate SEEDED = LocalDate.of(2024, 5, 1);
    private static final int SEEDED_DAYS = 92;
    /** The days the decisive submission revises from 3,000 to 1,000: a LOW determination follows. */
    private static final LocalDate REVISED = LocalDate.of(2024, 6, 20);
    private static final int REVISED_DAYS = 42;
    /** Days long before anything the policy looks at: rows on them change no state. */
    private static final LocalDate FILLER = LocalDate.of(2021, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    CachedPolicyEvaluation evaluation;

    @Autowired
    MeterRegistry registry;

    @Autowired
    PolicyCatalog catalog;

    /** A receipt, and where its submission stood among the others: started and answered, by a common count. */
    private record Answered(boolean decisive, long started, long answered, JsonNode receipt) {
    }

    private static Map<String, Object> days(String source, LocalDate first, int days, long count) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            counts.put(first.plusDays(d), count);
        }
        return Api.submission(source, "RGV", counts);
    }

    /** The policy's states in a receipt, as one text. */
    private static String states(JsonNode receipt) {
        for (JsonNode policy : receipt.path("policies")) {
            if (policy.path("policyId").asString().equals(POLICY)) {
                return policy.path("state").asString() + " since " + policy.path("since").asString() + ", "
                    + policy.path("effectiveState").asString() + " since " + policy.path("effectiveSince").asString();
            }
        }
        throw new AssertionError("no " + POLICY + " in " + receipt);
    }

    private Api.Response post(Map<String, Object> submission) {
        return Api.as("operator", port).post("/api/v1/tallies", submission);
    }

    /** The groups stored so far, as the service counts them. */
    private long groupsStored() {
        return (long) registry.get("surge.submission.groups").functionCounter().count();
    }

    @Test
    void eachReceiptReflectsItsOwnRowsWhileGroupsShareOneEvaluationAndRecordEachDeterminationOnce() throws Exception {
        Api.Response seeded = post(days("seed", SEEDED, SEEDED_DAYS, 3_000));
        assertThat(seeded.status()).as(seeded.body()).isEqualTo(200);
        String before = states(seeded.json());
        long evaluatedBefore = evaluation.computed();
        long groupsBefore = groupsStored();

        AtomicLong clock = new AtomicLong();
        List<Answered> answered = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < EACH; i++) {
                    boolean decisive = client == CLIENTS / 2 && i == EACH / 2;
                    long started = clock.incrementAndGet();
                    Api.Response response = post(decisive ? days("decisive", REVISED, REVISED_DAYS, 1_000)
                        : days("filler-" + client, FILLER.plusDays(client * EACH + i), 1, 1 + i));
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                    answered.add(new Answered(decisive, started, clock.incrementAndGet(), response.json()));
                }
            }));
        }
        try {
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }

        Answered decisive = answered.stream().filter(Answered::decisive).findFirst().orElseThrow();
        String after = states(decisive.receipt());
        assertThat(after).as("the decisive submission's own rows change the policy's state").isNotEqualTo(before);
        assertThat(decisive.receipt().path("revised").asInt()).isEqualTo(REVISED_DAYS);
        assertThat(answered).hasSize(CLIENTS * EACH).filteredOn(a -> !a.decisive()).allSatisfy(a ->
            assertThat(a.receipt().path("added").asInt()).as("each filler's own row").isOne());
        assertThat(answered).filteredOn(a -> a.started() > decisive.answered())
            .as("submissions started after the decisive one was answered").isNotEmpty()
            .allSatisfy(a -> assertThat(states(a.receipt())).isEqualTo(after));
        assertThat(answered).filteredOn(a -> a.answered() < decisive.started())
            .allSatisfy(a -> assertThat(states(a.receipt())).isEqualTo(before));

        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> recorded = jdbc.sql("select policy_id || ' ' || determination_date || ' ' || determination_type"
            + " from determination").query(String.class).list();
        assertThat(recorded).as("a determination followed").isNotEmpty().doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DETERMINATION_RECORDED'")
            .query(Integer.class).single()).as("each determination audited once").isEqualTo(recorded.size());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TALLIES_SUBMITTED'")
            .query(Integer.class).single()).isEqualTo(1 + CLIENTS * EACH);
        assertThat(Api.as("auditor", port).get("/api/v1/audit/verification").json().path("intact").asBoolean())
            .as("the audit chain verifies").isTrue();

        long groups = groupsStored() - groupsBefore;
        long policies = catalog.all().size();
        assertThat(groups).isBetween(1L, (long) CLIENTS * EACH);
        assertThat(evaluation.computed() - evaluatedBefore).as("one evaluation of each policy per group")
            .isEqualTo(groups * policies);
        for (var definition : catalog.all()) {
            Api.Response status = Api.as("viewer", port).get("/api/v1/policies/" + definition.id() + "/status");
            assertThat(status.status()).as(status.body()).isEqualTo(200);
        }
        assertThat(evaluation.computed() - evaluatedBefore).as("the status after the last group evaluates nothing")
            .isEqualTo(groups * policies);
    }
}
