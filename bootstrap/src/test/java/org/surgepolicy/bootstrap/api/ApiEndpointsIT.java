package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every endpoint of docs/api.md on the running application, with its real database, as the roles that may call it. */
@FullStackTest
class ApiEndpointsIT {

    private static final String POLICY = "/api/v1/policies/securing-the-border";
    private static final LocalDate FIRST = LocalDate.of(2024, 9, 1);

    @LocalServerPort
    int port;

    private Api as(String role) {
        return Api.as(role, port);
    }

    /** Tallies in one area from {@code first}: each test uses its own area or days, so they do not interfere. */
    private Api.Response submit(String area, LocalDate first, long count, int days) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < days; i++) {
            counts.put(first.plusDays(i), count);
        }
        return as("operator").post("/api/v1/tallies", Api.submission(area + "-daily-report", area, counts));
    }

    @Test
    void submittingTalliesStoresThemOnceAndAnswersEveryPolicysState() {
        Api.Response first = submit("TCA", LocalDate.of(2024, 8, 20), 3000, 10);
        Api.Response again = submit("TCA", LocalDate.of(2024, 8, 20), 3000, 10);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("received").asInt()).isEqualTo(10);
        assertThat(first.json().path("added").asInt()).as("new keys are not revisions").isEqualTo(10);
        assertThat(first.json().path("revised").asInt()).isZero();
        assertThat(first.json().path("unchanged").asInt()).isZero();
        assertThat(first.json().path("policies").findValuesAsString("policyId"))
            .containsExactly("border-emergency-authority", "securing-the-border");
        JsonNode policy = first.json().path("policies").get(1);
        assertThat(policy.path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(policy.path("since").asString()).isEqualTo("2024-06-05");
        // In effect since 2024-06-05 by the rule, or since the override of another test stopped deciding it.
        assertThat(policy.path("effectiveSince").asString()).isIn("2024-06-05", "2024-09-21");
        assertThat(again.json().path("added").asInt()).isZero();
        assertThat(again.json().path("revised").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(10);
    }

    @Test
    void aRejectedRequestNamesEveryBadRowAndStoresNothing() {
        LocalDate day = LocalDate.of(2024, 7, 15);
        Map<String, Object> body = Map.of("source", "bad-report", "tallies", List.of(
            Api.tally(day, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 10),
            Api.tally(day, "USBP", "XYZ", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 10),
            Api.tally(day.plusDays(1), "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", -1)));

        Api.Response response = as("operator").post("/api/v1/tallies", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsString("field")).contains("tallies[1].area", "tallies[2].count");
        Api.Response stored = as("operator").get("/api/v1/tallies?date=" + day);
        assertThat(stored.json().path("tallies").size()).isZero();
    }

    @Test
    void talliesAreReadWithTheirHistory() {
        LocalDate day = LocalDate.of(2024, 8, 1);
        submit("YUM", day, 3000, 1);
        Api.Response revised = submit("YUM", day, 3100, 1);

        Api.Response latest = as("operator").get("/api/v1/tallies?date=" + day + "&area=YUM");
        Api.Response history = as("auditor").get("/api/v1/tallies?date=" + day + "&area=YUM&history=true");

        assertThat(revised.json().path("added").asInt()).isZero();
        assertThat(revised.json().path("revised").asInt()).isEqualTo(1);
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.json().path("tallies").size()).isEqualTo(1);
        assertThat(latest.json().path("tallies").get(0).path("count").asLong()).isEqualTo(3100);
        assertThat(history.json().path("tallies").size()).isEqualTo(2);
        assertThat(history.json().path("tallies").findValuesAsString("recordedBy")).containsOnly("operator");
        assertThat(history.json().path("tallies").get(0).path("count").asLong()).isEqualTo(3000);
    }

    @Test
    void thePoliciesAreListedWithTheirVersions() {
        Api.Response response = as("viewer").get("/api/v1/policies");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsString("id")).contains("border-emergency-authority");
        JsonNode policy = response.json().get(1);
        assertThat(policy.path("id").asString()).isEqualTo("securing-the-border");
        assertThat(policy.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(policy.path("startsOn").asString()).isEqualTo("2024-06-05");
        assertThat(policy.path("versions").findValuesAsString("id")).containsExactly("p10773", "p10817");
        assertThat(policy.path("versions").findValuesAsString("effectiveFrom"))
            .containsExactly("2024-06-05", "2024-10-01");
    }

    @Test
    void theStatusNowAndAsKnownBefore() {
        submit("RGV", FIRST, 3000, 10);
        Instant before = Instant.now();
        submit("RGV", LocalDate.of(2024, 9, 30), 3000, 1);

        Api.Response now = as("viewer").get(POLICY + "/status");
        Api.Response then = as("auditor").get(POLICY + "/status?knownAt=" + before);

        assertThat(now.status()).isEqualTo(200);
        JsonNode status = now.json();
        assertThat(status.path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(status.path("effectiveState").asString()).isEqualTo("IN_EFFECT");
        assertThat(status.path("asOf").asString()).isEqualTo(LocalDate.now(ZoneId.of("America/New_York")).toString());
        assertThat(status.path("dataThrough").asString()).isEqualTo("2024-09-30");
        assertThat(status.path("requiredDaysBelow").asInt()).isEqualTo(28);
        assertThat(status.path("version").asString()).isEqualTo("p10817");
        assertThat(then.status()).isEqualTo(200);
        assertThat(then.json().path("dataThrough").asString()).isLessThan("2024-09-30");
        assertThat(then.json().path("knownAt").asString()).isNotEmpty();
    }

    @Test
    void theTimelineCoversTheLastNinetyDaysUnlessARangeIsAsked() {
        Api.Response recent = as("viewer").get(POLICY + "/timeline");
        Api.Response range = as("viewer").get(POLICY + "/timeline?from=2024-09-01&to=2024-09-30");

        assertThat(recent.json().path("days").size()).isEqualTo(90);
        assertThat(recent.json().path("days").get(89).path("date").asString())
            .isEqualTo(LocalDate.now(ZoneId.of("America/New_York")).toString());
        assertThat(range.json().path("days").size()).isEqualTo(30);
        assertThat(range.json().path("days").get(0).path("version").asString()).isEqualTo("p10773");
    }

    @Test
    void anOverrideForcesTheEffectiveStateAndIsListed() {
        Map<String, Object> override = Map.of("state", "DISCONTINUED", "from", "2024-09-10", "to", "2024-09-20",
            "reason", "Preliminary injunction", "authority", "U.S. District Court");

        Api.Response recorded = as("admin").post(POLICY + "/overrides", override);
        Api.Response refused = as("operator").post(POLICY + "/overrides", override);
        Api.Response listed = as("viewer").get(POLICY + "/overrides");
        Api.Response days = as("viewer").get(POLICY + "/timeline?from=2024-09-15&to=2024-09-21");

        assertThat(recorded.status()).isIn(200, 201);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).path("authority").asString()).isEqualTo("U.S. District Court");
        JsonNode september15 = days.json().path("days").get(0);
        assertThat(september15.path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(september15.path("since").asString()).isEqualTo("2024-06-05");
        assertThat(september15.path("effectiveState").asString()).isEqualTo("DISCONTINUED");
        assertThat(september15.path("effectiveSince").asString()).isEqualTo("2024-09-10");
        assertThat(september15.path("overrideFrom").asString()).isEqualTo("2024-09-10");
        assertThat(september15.path("overrideTo").asString()).isEqualTo("2024-09-20");
        JsonNode september21 = days.json().path("days").get(6);
        assertThat(september21.path("effectiveState").asString()).isEqualTo("IN_EFFECT");
        assertThat(september21.path("effectiveSince").asString()).as("the day the override stopped deciding it")
            .isEqualTo("2024-09-21");
        assertThat(september21.path("since").asString()).isEqualTo("2024-06-05");
    }

    @Test
    void aSimulationRunsOnGivenCountsAndStoresNothing() {
        Map<String, Object> body = Map.of("parameters", Map.of("consecutiveDays", 1),
            "dailyCounts", List.of(
                Map.of("date", "2024-10-01", "count", 1000), Map.of("date", "2024-10-02", "count", 1000),
                Map.of("date", "2024-10-03", "count", 1000), Map.of("date", "2024-10-04", "count", 1000),
                Map.of("date", "2024-10-05", "count", 1000), Map.of("date", "2024-10-06", "count", 1000),
                Map.of("date", "2024-10-07", "count", 1000)),
            "from", "2024-10-01", "to", "2024-10-31");

        Api.Response response = as("viewer").post(POLICY + "/simulations", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode determinations = response.json().path("determinations");
        assertThat(determinations.size()).isEqualTo(1);
        assertThat(determinations.get(0).path("type").asString()).isEqualTo("LOW");
        assertThat(determinations.get(0).path("date").asString()).isEqualTo("2024-10-08");
        assertThat(determinations.get(0).path("effectiveOn").asString()).isEqualTo("2024-10-22");
        assertThat(response.json().path("days").size()).isEqualTo(31);
        assertThat(as("auditor").get(POLICY + "/restatements").json().path("recorded").size()).isZero();
    }

    @Test
    void aSweepAnswersEveryCombination() {
        Map<String, Object> body = Map.of("parameters", Map.of("discontinuationThreshold", List.of(1000, 1500),
            "consecutiveDays", List.of(1, 28)));

        Api.Response response = as("viewer").post(POLICY + "/sweeps", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("outcomes").size()).isEqualTo(4);
    }

    @Test
    void anUnknownPolicyIsANotFoundProblem() {
        Api.Response response = as("viewer").get("/api/v1/policies/no-such-policy/status");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).contains("no-such-policy");
    }

    @Test
    void theOpenApiDocumentAndUiAreServed() {
        Api.Response document = as("viewer").get("/v3/api-docs");
        Api.Response ui = as("viewer").get("/swagger-ui/index.html");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/v1/tallies")).isTrue();
        assertThat(ui.status()).isEqualTo(200);
    }

    @Test
    void healthIsOpenAndTheRestNeedsCredentials() {
        assertThat(Api.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get(POLICY + "/status").status()).isEqualTo(401);
    }
}
