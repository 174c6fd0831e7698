package org.surgepolicy.bootstrap.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.batch.ImportFiles;
import org.surgepolicy.domain.tally.Citizenship;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writers that submit tallies to the service as fast as it answers, each request under a source of its own and with
 * keys no other request uses: what is stored afterwards can be told apart request by request. Every answer (or its
 * absence) is kept with its time.
 */
final class SubmissionLoad implements AutoCloseable {

    /** The rows of one request: one per demographic. */
    static final List<String> DEMOGRAPHICS = ImportFiles.DEMOGRAPHICS;
    /** The area of every submitted row (an import in the same test uses the others). */
    static final String AREA = "RGV";
    static final String SOURCE_PREFIX = "load-";
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int MAX_REQUESTS = 1_500;
    private static final List<String> CITIZENSHIPS = Citizenship.KNOWN.stream().sorted().toList();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OPERATOR = "Basic " + Base64.getEncoder()
        .encodeToString("operator:operator-pw".getBytes(StandardCharsets.UTF_8));

    /**
     * One request and what came of it.
     *
     * @param status     the HTTP status, or 0 when no answer came (the service gone, the connection refused)
     * @param retryAfter the Retry-After header of the answer, if any
     */
    record Outcome(String source, long expectedSum, Instant sentAt, Duration took, int status, String retryAfter,
                   String problem) {

        boolean acknowledged() {
            return status == 200;
        }

        Instant answeredAt() {
            return sentAt.plus(took);
        }
    }

    private final int port;
    private final List<Thread> writers = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private volatile boolean running = true;

    /** Starts {@code writers} writers at once. */
    SubmissionLoad(int port, int writers) {
        if (writers > CITIZENSHIPS.size()) {
            throw new IllegalArgumentException("at most " + CITIZENSHIPS.size() + " writers: one citizenship each");
        }
        this.port = port;
        for (int w = 0; w < writers; w++) {
            int writer = w;
            this.writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> write(writer)));
        }
    }

    private void write(int writer) {
        for (int request = 0; running && request < MAX_REQUESTS; request++) {
            Outcome outcome = send(writer, request);
            synchronized (outcomes) {
                outcomes.add(outcome);
            }
            if (!outcome.acknowledged()) {
                pause();
            }
        }
    }

    /** A refused request is tried again a moment later, not in a tight loop against a service that is not there. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The count of row {@code row} of a writer's request: different for every key. */
    static long count(int writer, int request, int row) {
        return 1 + (writer * 37L + request * 11L + row * 5L) % 900;
    }

    private Outcome send(int writer, int request) {
        String source = SOURCE_PREFIX + writer + "-" + request;
        LocalDate day = FIRST_DAY.plusDays(request);
        List<Map<String, Object>> rows = new ArrayList<>();
        long sum = 0;
        for (int row = 0; row < DEMOGRAPHICS.size(); row++) {
            long count = count(writer, request, row);
            sum += count;
            rows.add(Api.tally(day, "USBP", AREA, DEMOGRAPHICS.get(row), CITIZENSHIPS.get(writer), "APPREHENSIONS",
                count));
        }
        String body = JSON.writeValueAsString(Map.of("source", source, "tallies", rows));
        Instant sent = Instant.now();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/tallies"))
                    .timeout(Duration.ofSeconds(90)).header("Authorization", OPERATOR)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
            return new Outcome(source, sum, sent, Duration.ofNanos(System.nanoTime() - started),
                response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                response.statusCode() == 200 ? null : response.body());
        } catch (IOException noAnswer) {
            return new Outcome(source, sum, sent, Duration.ofNanos(System.nanoTime() - started), 0, null,
                noAnswer.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(source, sum, sent, Duration.ofNanos(System.nanoTime() - started), 0, null,
                "interrupted");
        }
    }

    /** The outcomes so far. */
    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Stops the writers after their requests in flight end; returns every outcome. */
    List<Outcome> stop() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(120));
        }
        return outcomes();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
