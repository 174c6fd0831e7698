package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.surgepolicy.application.fakes.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * The second rule's worked example 3 (docs/rule.md, "A second rule: the Border Emergency Authority"), end to end
 * through the REST API on each database (a subclass names it): seven days at 4,000 counted encounters make a
 * discretionary determination on 2024-07-08 that changes nothing; an ADMIN's activation decision that day, citing it,
 * puts the Border Emergency Authority in effect from 2024-07-09. A decision citing a day without a discretionary
 * determination is a 409, and only an ADMIN may record one.
 */
@Import(ActivationDecisionsThroughRestContract.OnJuly8.class)
abstract class ActivationDecisionsThroughRestContract {

    private static final String POLICY = "/api/v1/policies/border-emergency-authority";
    /** Noon in New York on 2024-07-08, the day of the discretionary determination. */
    private static final Instant JULY_8_NOON = Instant.parse("2024-07-08T16:00:00Z");
    private static final String DECISION = """
        {"determinationDate": "%s", "reason": "Encounters sustained above 4,000 a day",
         "authority": "Secretary of Homeland Security"}""";

    /** The application's clock, set by the test: the day of a decision is the clock's. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OnJuly8 {
        @Bean
        @Primary
        MutableClock settableClock() {
            return new MutableClock(JULY_8_NOON);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    /** 1,000 a day from the first day the policy looks at through June, then 4,000 a day from 2024-07-01 to 07-07. */
    @BeforeEach
    void sevenDaysAt4000() {
        clock.set(JULY_8_NOON);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(2024, 5, 23); !day.isAfter(LocalDate.of(2024, 7, 7));
             day = day.plusDays(1)) {
            counts.put(day, day.isBefore(LocalDate.of(2024, 7, 1)) ? 1_000L : 4_000L);
        }
        Api.Response response = Api.as("operator", port).post("/api/v1/tallies",
            Api.submission("worked-example-3", "RGV", counts));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private Api.Response decide(String role, String policy, String determinationDate) {
        return Api.as(role, port).postRaw(policy + "/activations", "application/json",
            DECISION.formatted(determinationDate));
    }

    @Test
    void theDiscretionaryFindingChangesNothingUntilADecisionPutsThePolicyInEffectTheNextDay() throws Exception {
        JsonNode determinations = Api.as("viewer", port).get(POLICY + "/determinations").json();
        assertThat(determinations.size()).isEqualTo(1);
        assertThat(determinations.get(0).path("date").asString()).isEqualTo("2024-07-08");
        assertThat(determinations.get(0).path("type").asString()).isEqualTo("HIGH");
        assertThat(determinations.get(0).path("evidence").path("windows").get(0).path("sum").asLong())
            .isEqualTo(28_000);
        assertThat(determinations.get(0).path("evidence").path("trigger").asString()).isEqualTo("DISCRETIONARY_AVERAGE");
        JsonNode before = Api.as("viewer", port).get(POLICY + "/status").json();
        assertThat(before.path("state").asString()).isEqualTo("DISCONTINUED");
        assertThat(before.path("reactivationEffectiveOn").isNull()).isTrue();
        String timeline = POLICY + "/timeline?from=2024-07-07&to=2024-07-08";
        Api.Response undecided = Api.as("viewer", port).get(timeline);
        String undecidedEtag = undecided.header("ETag");
        assertThat(Api.as("viewer", port).get(timeline, "application/json", List.of("If-None-Match", undecidedEtag))
            .status()).isEqualTo(304);

        // Eight administrators decide at once: the decisions are checked one after the other, so one acts and the
        // others find it recorded (a decision a day).
        List<Callable<Api.Response>> admins = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            admins.add(() -> decide("admin", POLICY, "2024-07-08"));
        }
        List<Api.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(admins.size())) {
            for (Future<Api.Response> answer : pool.invokeAll(admins)) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).extracting(Api.Response::status).containsOnly(201, 409).filteredOn(s -> s == 201)
            .hasSize(1);
        Api.Response decided = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();

        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        JsonNode decision = decided.json();
        assertThat(decision.path("id").asLong()).isPositive();
        assertThat(decision.path("determinationDate").asString()).isEqualTo("2024-07-08");
        assertThat(decision.path("decidedOn").asString()).isEqualTo("2024-07-08");
        assertThat(decision.path("authority").asString()).isEqualTo("Secretary of Homeland Security");
        assertThat(decision.path("recordedBy").asString()).isEqualTo("admin");
        Instant recordedAt = Instant.parse(decision.path("recordedAt").asString());

        JsonNode status = Api.as("viewer", port).get(POLICY + "/status").json();
        assertThat(status.path("state").asString()).isEqualTo("DISCONTINUED");
        assertThat(status.path("reactivationEffectiveOn").asString()).isEqualTo("2024-07-09");
        assertThat(Api.as("viewer", port).get(POLICY + "/activations").json().size()).isEqualTo(1);
        assertThat(Api.as("auditor", port).get(POLICY + "/activations?knownAt=" + recordedAt.minusMillis(1))
            .json().size()).isZero();
        JsonNode audited = Api.as("auditor", port)
            .get("/api/v1/audit/events?action=ACTIVATION_DECISION_RECORDED").json();
        assertThat(audited.toString()).contains("\"actor\":\"admin\"", "border-emergency-authority");

        Api.Response decidedTimeline = Api.as("viewer", port).get(timeline, "application/json",
            List.of("If-None-Match", undecidedEtag));
        assertThat(decidedTimeline.status()).as("the kept timeline after the decision").isEqualTo(200);
        assertThat(decidedTimeline.body()).isNotEqualTo(undecided.body());
        assertThat(decidedTimeline.header("ETag")).isNotEqualTo(undecidedEtag);

        clock.set(JULY_8_NOON.plusSeconds(2 * 86_400));
        JsonNode days = Api.as("viewer", port).get(POLICY + "/timeline?from=2024-07-07&to=2024-07-10").json()
            .path("days");
        List<String> states = new ArrayList<>();
        days.forEach(day -> states.add(day.path("state").asString()));
        assertThat(states).containsExactly("DISCONTINUED", "DISCONTINUED", "IN_EFFECT", "IN_EFFECT");
        JsonNode after = Api.as("viewer", port).get(POLICY + "/status").json();
        assertThat(after.path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(after.path("since").asString()).isEqualTo("2024-07-09");
    }

    @Test
    void aDecisionCitingADayWithoutADiscretionaryDeterminationIsAConflict() {
        Api.Response refused = decide("admin", POLICY, "2024-07-07");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("no determination was made on 2024-07-07");
        Api.Response rule = decide("admin", "/api/v1/policies/securing-the-border", "2024-07-08");
        assertThat(rule.status()).as(rule.body()).isEqualTo(409);
        assertThat(rule.json().path("detail").asString()).contains("has no discretionary trigger");
    }

    @Test
    void onlyAnAdminMayRecordADecision() {
        Api.Response refused = decide("operator", POLICY, "2024-07-08");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("needs").toString()).contains("ADMIN");
    }
}
