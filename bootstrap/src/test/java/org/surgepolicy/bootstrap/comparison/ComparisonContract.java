package org.surgepolicy.bootstrap.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.surgepolicy.bootstrap.api.Api;
import tools.jackson.databind.JsonNode;

/**
 * The rule in force beside the proposed one, through the REST API, on data where they differ: 3,000 Border Patrol
 * apprehensions a day from 2024-06-05 to 2024-06-07 (securing the border is in effect from its first day; the border
 * emergency authority starts discontinued), then 5,000 a day to 2024-06-20, and 500 field office inadmissibles on
 * 2024-06-10, which only the proposed rule counts. The window ending 2024-06-11 (29,000) makes the proposed rule's
 * discretionary finding on 2024-06-12, which changes nothing without a decision; the window ending 2024-06-14 (35,500)
 * its mandatory one on 2024-06-15; it is in effect from 2024-06-16. So the states differ from 2024-06-05 to 2024-06-15.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComparisonContract {

    private static final String BOTH = "/api/v1/comparisons?policies=securing-the-border,border-emergency-authority";
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 5);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 20);
    private static final LocalDate HIGH_FROM = LocalDate.of(2024, 6, 8);

    @LocalServerPort
    int port;

    /** An instant between the submission of the days at 3,000 and that of the rest. */
    private Instant between;

    @BeforeAll
    void submitTheSeries() throws InterruptedException {
        Map<LocalDate, Long> low = new LinkedHashMap<>();
        Map<LocalDate, Long> high = new LinkedHashMap<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            (day.isBefore(HIGH_FROM) ? low : high).put(day, day.isBefore(HIGH_FROM) ? 3_000L : 5_000L);
        }
        Api operator = Api.as("operator", port);
        assertThat(operator.post("/api/v1/tallies", Api.submission("comparison", "RGV", low)).status()).isEqualTo(200);
        Thread.sleep(20);
        between = Instant.now();
        Thread.sleep(20);
        Map<String, Object> rest = new LinkedHashMap<>(Api.submission("comparison", "RGV", high));
        List<Object> tallies = new ArrayList<>((List<?>) rest.get("tallies"));
        tallies.add(Api.tally(LocalDate.of(2024, 6, 10), "OFO", "ELP", "SINGLE_ADULTS", "MEXICO", "INADMISSIBLES", 500));
        rest.put("tallies", tallies);
        Api.Response response = operator.post("/api/v1/tallies", rest);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static List<String> dates(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).map(LocalDate::toString).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    @Test
    void theDaysOnWhichOnlyTheRuleInForceIsInEffectAreTheDifferingDays() {
        Api.Response response = Api.as("viewer", port).get(BOTH + "&from=2024-06-05&to=2024-06-20");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode comparison = response.json();
        assertThat(strings(comparison.path("differingDays")))
            .containsExactlyElementsOf(dates(FIRST, LocalDate.of(2024, 6, 15)));
        assertThat(comparison.path("policies").get(0).path("status").asString()).isEqualTo("in-force");
        assertThat(comparison.path("policies").get(1).path("status").asString()).isEqualTo("proposed");
        JsonNode days = comparison.path("days");
        assertThat(days.size()).isEqualTo(16);
        Map<String, JsonNode> byDate = new LinkedHashMap<>();
        days.forEach(day -> byDate.put(day.path("date").asString(), day));

        JsonNode june6 = byDate.get("2024-06-06");
        assertThat(june6.path("differ").asBoolean()).isTrue();
        assertThat(june6.path("policies").get(0).path("effectiveState").asString()).isEqualTo("IN_EFFECT");
        assertThat(june6.path("policies").get(1).path("effectiveState").asString()).isEqualTo("DISCONTINUED");
        assertThat(june6.path("policies").get(1).path("status").asString()).isEqualTo("proposed");
        JsonNode june10 = byDate.get("2024-06-10");
        assertThat(june10.path("policies").get(0).path("counted").asLong()).isEqualTo(5_000);
        assertThat(june10.path("policies").get(1).path("counted").asLong()).isEqualTo(5_500);
        JsonNode june12 = byDate.get("2024-06-12").path("policies").get(1);
        assertThat(june12.path("determination").asString()).isEqualTo("HIGH");
        assertThat(june12.path("trigger").asString()).isEqualTo("DISCRETIONARY_AVERAGE");
        assertThat(june12.path("effectiveState").asString()).isEqualTo("DISCONTINUED");
        JsonNode june15 = byDate.get("2024-06-15").path("policies").get(1);
        assertThat(june15.path("trigger").asString()).isEqualTo("MANDATORY_AVERAGE");
        assertThat(june15.path("average").decimalValue()).isEqualByComparingTo("5071.4286");
        JsonNode june16 = byDate.get("2024-06-16");
        assertThat(june16.path("differ").asBoolean()).isFalse();
        assertThat(june16.path("policies").get(1).path("state").asString()).isEqualTo("IN_EFFECT");
    }

    @Test
    void eachPolicysDaysAreItsTimelinesDays() {
        JsonNode days = Api.as("viewer", port).get(BOTH + "&from=2024-06-05&to=2024-06-20").json().path("days");
        JsonNode timeline = Api.as("viewer", port)
            .get("/api/v1/policies/border-emergency-authority/timeline?from=2024-06-05&to=2024-06-20").json()
            .path("days");

        for (int i = 0; i < timeline.size(); i++) {
            JsonNode compared = days.get(i).path("policies").get(1);
            assertThat(compared.path("counted")).isEqualTo(timeline.get(i).path("counted"));
            assertThat(compared.path("average")).isEqualTo(timeline.get(i).path("average"));
            assertThat(compared.path("state")).isEqualTo(timeline.get(i).path("state"));
            assertThat(compared.path("effectiveState")).isEqualTo(timeline.get(i).path("effectiveState"));
            assertThat(compared.path("determination")).isEqualTo(timeline.get(i).path("determination"));
        }
    }

    @Test
    void asKnownBeforeTheHighDaysTheRulesDifferOnEveryDay() {
        String asKnown = BOTH + "&from=2024-06-05&to=2024-06-20&knownAt=" + between;

        Api.Response refused = Api.as("viewer", port).get(asKnown);
        Api.Response response = Api.as("auditor", port).get(asKnown);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("knownAt").asString()).isEqualTo(between.toString());
        assertThat(strings(response.json().path("differingDays"))).containsExactlyElementsOf(dates(FIRST, LAST));
    }

    @Test
    void anUnknownPolicyOrARepeatedOneIsRefusedByName() {
        Api viewer = Api.as("viewer", port);

        Api.Response unknown = viewer.get("/api/v1/comparisons?policies=securing-the-border,nope");
        Api.Response repeated = viewer.get("/api/v1/comparisons?policies=securing-the-border,securing-the-border");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asString()).isEqualTo("Policy 'nope' is not known.");
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.json().path("errors").get(0).path("field").asString()).isEqualTo("policies");
    }
}
