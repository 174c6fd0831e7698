package org.surgepolicy.bootstrap.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness as a load balancer asks for it ({@code GET /actuator/health/readiness}), timed; and a watch that asks every
 * tenth of a second and keeps every answer.
 */
final class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One probe.
     *
     * @param status the HTTP status, or 0 when none came (refused, or no answer within the probe's time)
     */
    record Answer(Instant sentAt, Duration took, int status, boolean up) {
    }

    private Probe() {
    }

    /** Asks once, waiting at most {@code limit} for the answer. */
    static Answer ask(int port, Duration limit) {
        Instant sent = Instant.now();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(limit).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            return new Answer(sent, Duration.ofNanos(System.nanoTime() - started), response.statusCode(),
                response.statusCode() == 200 && response.body().contains("\"UP\""));
        } catch (IOException noAnswer) {
            return new Answer(sent, Duration.ofNanos(System.nanoTime() - started), 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean ready(int port) {
        return ask(port, Duration.ofSeconds(5)).up();
    }

    /** Probes every 100 ms on a thread of its own until closed; gives each probe up to 5 s so its time is known. */
    static final class Watch implements AutoCloseable {

        private final List<Answer> answers = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        Watch(int port) {
            thread = Thread.ofPlatform().name("readiness-watch").start(() -> {
                while (running) {
                    Answer answer = ask(port, Duration.ofSeconds(5));
                    synchronized (answers) {
                        answers.add(answer);
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException closed) {
                        return;
                    }
                }
            });
        }

        List<Answer> answers() {
            synchronized (answers) {
                return List.copyOf(answers);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}
