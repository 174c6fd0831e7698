package org.surgepolicy.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request has an id, in its response header, in every problem (those of security too) and in every log line
 * written while it is answered; with the json-logs profile each line is one JSON object that carries it.
 */
@FullStackTest
@ActiveProfiles("json-logs")
@TestPropertySource(properties = "logging.level.org.surgepolicy.adapter.rest.web=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIT {

    private static final String HEADER = "X-Request-Id";

    @LocalServerPort
    private int port;

    /**
     * Spring Boot hands the format to Logback through a system property, which outlives the application: the tests
     * that run after this class in the same JVM would log in JSON too.
     */
    @AfterAll
    static void plainLogsAgain() {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    }

    private Api.Response get(Api api, String path, String requestId) {
        return requestId == null ? api.get(path) : api.get(path, "application/json", List.of(HEADER, requestId));
    }

    @Test
    void anIdTheRequestBringsIsKeptInTheResponseAndItsProblem() {
        Api.Response response = get(Api.anonymous(port), "/api/v1/policies", "lb-4f2a9c");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header(HEADER)).isEqualTo("lb-4f2a9c");
        assertThat(response.json().path("requestId").asString()).isEqualTo("lb-4f2a9c");
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneInTheForbiddenProblemToo() {
        Api.Response response = get(Api.as("viewer", port), "/api/v1/audit/verification", null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header(HEADER)).matches("[0-9a-f-]{36}");
        assertThat(response.json().path("requestId").asString()).isEqualTo(response.header(HEADER));
    }

    @Test
    void anIdThatIsNotAPlainTokenIsReplacedAndTheLogLineInJsonCarriesTheNewOne(CapturedOutput output) {
        Api.Response response = get(Api.as("viewer", port), "/api/v1/policies", "forged\" id");

        assertThat(response.status()).isEqualTo(200);
        String id = response.header(HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        JsonNode line = output.getOut().lines().filter(l -> l.startsWith("{") && l.contains("is not a plain token"))
            .map(l -> JsonMapper.builder().build().readTree(l)).reduce((first, second) -> second).orElseThrow();
        assertThat(line.path("requestId").asString()).isEqualTo(id);
        assertThat(line.path("log").path("level").asString()).isEqualTo("DEBUG");
        assertThat(line.path("message").asString()).contains("GET /api/v1/policies");
    }

    @Test
    void aSuccessfulAnswerNamesItsRequestToo() {
        Api.Response response = get(Api.as("viewer", port), "/api/v1/policies", "batch-7.run:12");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header(HEADER)).isEqualTo("batch-7.run:12");
    }
}
