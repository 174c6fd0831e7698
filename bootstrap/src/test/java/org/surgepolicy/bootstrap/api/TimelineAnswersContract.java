package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A timeline's answer is kept and served again, and asked with its ETag it is a 304; but never once the days it shows
 * have changed: after a submission that revises one of them, and after an override over them, the same question with
 * the old ETag gets the new days. On PostgreSQL, the current data is also kept in memory between its changes.
 */
abstract class TimelineAnswersContract {

    private static final String TIMELINE = "/api/v1/policies/securing-the-border/timeline?from=2024-06-10&to=2024-06-20";

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext server;

    private Api.Response submit(LocalDate first, int days, long count) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            counts.put(first.plusDays(d), count);
        }
        return Api.as("operator", port).post("/api/v1/tallies", Api.submission("timeline-test", "RGV", counts));
    }

    private Api.Response timeline(String etag) {
        return Api.as("viewer", port).get(TIMELINE, "application/json",
            etag == null ? List.of() : List.of("If-None-Match", etag));
    }

    private static JsonNode day(Api.Response answer, String date) {
        for (JsonNode day : answer.json().path("days")) {
            if (day.path("date").asString().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no " + date + " in " + answer.body());
    }

    @Test
    void aKeptAnswerIsNotModifiedUntilASubmissionOrAnOverrideChangesItsDays() {
        assertThat(submit(LocalDate.of(2024, 6, 1), 30, 3_000).status()).isEqualTo(200);
        Api.Response first = timeline(null);
        String etag = first.header("ETag");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(day(first, "2024-06-15").path("counted").asLong()).isEqualTo(3_000);

        Api.Response again = timeline(etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Api.Response unconditional = timeline(null);
        assertThat(unconditional.body()).isEqualTo(first.body());
        assertThat(unconditional.header("ETag")).isEqualTo(etag);

        assertThat(submit(LocalDate.of(2024, 6, 15), 1, 2_500).status()).isEqualTo(200);
        Api.Response revised = timeline(etag);
        assertThat(revised.status()).as("after a submission").isEqualTo(200);
        assertThat(day(revised, "2024-06-15").path("counted").asLong()).isEqualTo(2_500);
        String revisedEtag = revised.header("ETag");
        assertThat(revisedEtag).isNotEqualTo(etag);
        assertThat(timeline(revisedEtag).status()).isEqualTo(304);

        Api.Response override = Api.as("admin", port).post("/api/v1/policies/securing-the-border/overrides",
            Map.of("state", "DISCONTINUED", "from", "2024-06-12", "to", "2024-06-14", "reason", "Injunction",
                "authority", "U.S. District Court"));
        assertThat(override.status()).as(override.body()).isIn(200, 201);
        Api.Response overridden = timeline(revisedEtag);
        assertThat(overridden.status()).as("after an override").isEqualTo(200);
        assertThat(day(overridden, "2024-06-13").path("effectiveState").asString()).isEqualTo("DISCONTINUED");
        assertThat(day(overridden, "2024-06-13").path("overrideId").asLong()).isPositive();
        assertThat(overridden.header("ETag")).isNotEqualTo(revisedEtag).isNotEqualTo(etag);
    }

    @Test
    void answersGoToTheSocketInBlocksOf64KiB() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();

        assertThat(String.valueOf(tomcat.getTomcat().getConnector().getProperty("socket.appWriteBufSize")))
            .isEqualTo("65536");
    }
}
