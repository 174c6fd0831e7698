package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * docs/rule.md's worked examples 3 and 1 end to end: the tallies go in through the REST API, the timeline and the
 * determinations come back out with their evidence.
 * <ul>
 *   <li>3,000 a day from 2024-05-29 to 2024-06-30: in effect, nothing to determine;</li>
 *   <li>1,499 a day from 2024-07-01: the window ending 2024-07-07 is the first below 1,500 (sum 10,493), so LOW on
 *       2024-07-08 and DISCONTINUED from 2024-07-22 (example 3);</li>
 *   <li>2,500 a day from 2024-08-01: the window ending 2024-08-07 averages exactly 2,500 (sum 17,500), so HIGH on
 *       2024-08-08 and in effect again from 2024-08-09 (example 1).</li>
 * </ul>
 */
@FullStackTest
class WorkedExamplesThroughRestIT {

    private static final String POLICY = "/api/v1/policies/securing-the-border";

    @LocalServerPort
    int port;

    @BeforeEach
    void submitTheSeries() {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(2024, 5, 29); !day.isAfter(LocalDate.of(2024, 8, 15));
             day = day.plusDays(1)) {
            counts.put(day, day.isBefore(LocalDate.of(2024, 7, 1)) ? 3000L
                : day.isBefore(LocalDate.of(2024, 8, 1)) ? 1499L : 2500L);
        }
        Api.Response response = Api.as("operator", port).post("/api/v1/tallies",
            Api.submission("worked-examples", "RGV", counts));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theDeterminationsAreLowThenHighWithTheirEvidence() {
        Api.Response response = Api.as("viewer", port).get(POLICY + "/determinations");

        assertThat(response.status()).isEqualTo(200);
        JsonNode determinations = response.json();
        assertThat(determinations.size()).isEqualTo(2);

        JsonNode low = determinations.get(0);
        assertThat(low.path("date").asString()).isEqualTo("2024-07-08");
        assertThat(low.path("type").asString()).isEqualTo("LOW");
        assertThat(low.path("effectiveOn").asString()).isEqualTo("2024-07-22");
        assertThat(low.path("version").asString()).isEqualTo("p10773");
        assertThat(low.path("citation").asString()).isEqualTo("Proclamation 10773 §2(a)-(c), §4");
        assertThat(low.path("evidence").path("threshold").asLong()).isEqualTo(1500);
        JsonNode lowWindow = low.path("evidence").path("windows").get(0);
        assertThat(low.path("evidence").path("windows").size()).isEqualTo(1);
        assertThat(lowWindow.path("from").asString()).isEqualTo("2024-07-01");
        assertThat(lowWindow.path("to").asString()).isEqualTo("2024-07-07");
        assertThat(lowWindow.path("sum").asLong()).isEqualTo(10_493);
        assertThat(lowWindow.path("days").asInt()).isEqualTo(7);
        assertThat(lowWindow.path("average").decimalValue()).isEqualByComparingTo("1499.0000");
        assertThat(lowWindow.path("dailyCounts").size()).isEqualTo(7);
        assertThat(lowWindow.path("dailyCounts").get(0).path("count").asLong()).isEqualTo(1499);

        JsonNode high = determinations.get(1);
        assertThat(high.path("date").asString()).isEqualTo("2024-08-08");
        assertThat(high.path("type").asString()).isEqualTo("HIGH");
        assertThat(high.path("effectiveOn").asString()).isEqualTo("2024-08-09");
        assertThat(high.path("evidence").path("threshold").asLong()).isEqualTo(2500);
        JsonNode highWindow = high.path("evidence").path("windows").get(0);
        assertThat(highWindow.path("from").asString()).isEqualTo("2024-08-01");
        assertThat(highWindow.path("to").asString()).isEqualTo("2024-08-07");
        assertThat(highWindow.path("sum").asLong()).isEqualTo(17_500);
    }

    @Test
    void theTimelineShowsTheWaitTheDiscontinuationAndTheReactivation() {
        Api.Response response = Api.as("viewer", port).get(POLICY + "/timeline?from=2024-07-06&to=2024-08-10");

        assertThat(response.status()).isEqualTo(200);
        JsonNode days = response.json().path("days");
        assertThat(days.size()).isEqualTo(36);
        Map<String, JsonNode> byDate = new LinkedHashMap<>();
        days.forEach(day -> byDate.put(day.path("date").asString(), day));

        assertThat(byDate.get("2024-07-06").path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(byDate.get("2024-07-06").path("average").decimalValue()).isEqualByComparingTo("1713.4286");
        assertThat(byDate.get("2024-07-07").path("daysBelowDiscontinuationThreshold").asInt()).isEqualTo(1);
        assertThat(byDate.get("2024-07-07").path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(byDate.get("2024-07-08").path("state").asString()).isEqualTo("DISCONTINUATION_PENDING");
        assertThat(byDate.get("2024-07-08").path("determination").asString()).isEqualTo("LOW");
        assertThat(byDate.get("2024-07-21").path("state").asString()).isEqualTo("DISCONTINUATION_PENDING");
        assertThat(byDate.get("2024-07-22").path("state").asString()).isEqualTo("DISCONTINUED");
        assertThat(byDate.get("2024-08-08").path("state").asString()).isEqualTo("DISCONTINUED");
        assertThat(byDate.get("2024-08-08").path("determination").asString()).isEqualTo("HIGH");
        assertThat(byDate.get("2024-08-09").path("state").asString()).isEqualTo("IN_EFFECT");
        assertThat(byDate.get("2024-08-09").path("counted").asLong()).isEqualTo(2500);
        assertThat(byDate.values()).allSatisfy(day ->
            assertThat(day.path("effectiveState").asString()).isEqualTo(day.path("state").asString()));
    }

    @Test
    void theDeterminationsWereRecordedWhenFirstMadeAndNothingIsRestated() {
        Api.Response response = Api.as("auditor", port).get(POLICY + "/restatements");

        assertThat(response.status()).isEqualTo(200);
        JsonNode restatements = response.json();
        assertThat(restatements.path("recorded").size()).isEqualTo(2);
        assertThat(restatements.path("current").size()).isEqualTo(2);
        assertThat(restatements.path("differences").size()).isZero();
    }
}
