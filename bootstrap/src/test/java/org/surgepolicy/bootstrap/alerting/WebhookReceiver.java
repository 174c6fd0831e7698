package org.surgepolicy.bootstrap.alerting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver as Alertmanager calls one: an HTTP server on a free port of the loopback interface that keeps
 * every notification it is sent, with the path it was sent to.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One alert of a notification, with the receiver's path and the notification's own fields. */
    record Received(String path, JsonNode notification, JsonNode alert) {

        String label(String name) {
            return alert.path("labels").path(name).asString();
        }

        String annotation(String name) {
            return alert.path("annotations").path(name).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> seen = new ArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                JsonNode notification = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                for (JsonNode alert : notification.path("alerts")) {
                    received.add(new Received(exchange.getRequestURI().getPath(), notification, alert));
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** Where Alertmanager is to send: scheme, host and port, no path. */
    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The first alert received that matches, waiting for it at most {@code limit}. */
    Optional<Received> await(Predicate<Received> wanted, Duration limit) throws InterruptedException {
        Optional<Received> already = seen.stream().filter(wanted).findFirst();
        if (already.isPresent()) {
            return already;
        }
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Received next = received.poll(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                TimeUnit.MILLISECONDS);
            if (next != null) {
                seen.add(next);
                if (wanted.test(next)) {
                    return Optional.of(next);
                }
            }
        }
        return Optional.empty();
    }

    /** Every alert received so far. */
    List<Received> all() {
        received.drainTo(seen);
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
