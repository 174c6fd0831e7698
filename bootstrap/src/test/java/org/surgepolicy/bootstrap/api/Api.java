package org.surgepolicy.bootstrap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running application's REST API, as one of the configured users (or nobody). */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A response: status, headers and the body, parsed when it is JSON. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** As {@code role} (viewer, operator, auditor or admin) on the given port. */
    public static Api as(String role, int port) {
        String credentials = role + ":" + role + "-pw";
        return new Api("http://127.0.0.1:" + port, "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public static Api anonymous(int port) {
        return new Api("http://127.0.0.1:" + port, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** GET accepting {@code mediaType} only, for the endpoints that answer in another format than JSON. */
    public Response get(String path, String mediaType) {
        return get(path, mediaType, List.of());
    }

    /** GET accepting {@code mediaType}, with more headers (name, value, name, value...). */
    public Response get(String path, String mediaType, List<String> headers) {
        HttpRequest.Builder request = request(path).setHeader("Accept", mediaType);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return send(request.GET());
    }

    /**
     * GETs {@code path} until its {@code status} is one of {@code ends} (a job's or an import's), for two minutes at
     * the most.
     */
    public Response awaitStatus(String path, String... ends) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Response response = get(path);
        while (!List.of(ends).contains(response.json().path("status").asString())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " did not reach " + List.of(ends) + ": " + response.body());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = get(path);
        }
        return response;
    }

    public Response post(String path, Object body) {
        return postRaw(path, "application/json", JSON.writeValueAsString(body));
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * POST with more headers (name, value, name, value...), such as the ones a browser adds; a null content type and
     * body send no body at all.
     */
    public Response post(String path, String contentType, byte[] body, List<String> headers) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return send(request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A submission body: one USBP single-adult MEXICO apprehension tally in {@code area} per day. */
    public static Map<String, Object> submission(String source, String area, Map<LocalDate, Long> countsByDay) {
        List<Map<String, Object>> tallies = countsByDay.entrySet().stream()
            .map(e -> tally(e.getKey(), "USBP", area, "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", e.getValue()))
            .collect(Collectors.toList());
        return Map.of("source", source, "tallies", tallies);
    }

    public static Map<String, Object> tally(LocalDate date, String component, String area, String demographic,
                                            String citizenship, String encounterType, long count) {
        return Map.of("date", date.toString(), "component", component, "area", area, "demographic", demographic,
            "citizenship", citizenship, "encounterType", encounterType, "count", count);
    }
}
