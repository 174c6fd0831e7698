package org.surgepolicy.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over HTTP as one of the users of {@link FullApplicationTest}. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(int port) {
        this.port = port;
    }

    /** The password of each user of {@link FullApplicationTest}: its name and "-secret". */
    public static String password(String user) {
        return user + "-secret";
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public HttpResponse<String> send(String method, String path, String user, String json) {
        return send(method, path, user, json, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String user, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Accept", accept)
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, expecting 200, as JSON. */
    public JsonNode get(String path, String user) {
        return json(send("GET", path, user, null), 200);
    }

    /** GET, expecting 200, as text. */
    public String text(String path, String user) {
        HttpResponse<String> response = send("GET", path, user, null, "text/plain");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** POST a JSON body, expecting {@code status}, as JSON. */
    public JsonNode post(String path, String user, String json, int status) {
        return json(send("POST", path, user, json), status);
    }

    public static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
