package org.surgepolicy.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;

/** The adapter on a real server: what only a servlet container does (chunked bodies, its error page). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "surge.http.max-request-size=1KB")
@MockedUseCases
class RestApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private SimulatePolicyUseCase simulate;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void chunkedBodyOverTheLimitIsCutOffWithAProblem() throws Exception {
        byte[] body = ("{\"dailyCounts\": [" + "{\"date\": \"2024-08-01\", \"count\": 1},".repeat(100)
            + "{\"date\": \"2024-08-01\", \"count\": 1}]}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(request("/api/v1/policies/p/simulations")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"tag:surgepolicy.org,2024:problems/request-too-large\"")
            .contains("larger than the limit of 1024 bytes");
        verifyNoInteractions(simulate);
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/policies/p/simulations")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"" + "x".repeat(2_000) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void browserAskingForAnUnknownPageGetsAProblemRatherThanTheWhiteLabelPage() throws Exception {
        HttpResponse<String> response = send(request("/nothing/here").header("Accept", "text/html").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"detail\":\"There is no endpoint GET /nothing/here.\"")
            .doesNotContain("Whitelabel");
    }

    @Test
    void errorPageAskedForDirectlyIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = send(request("/error").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"tag:surgepolicy.org,2024:problems/not-found\"")
            .contains("\"instance\":\"/error\"");
    }
}
