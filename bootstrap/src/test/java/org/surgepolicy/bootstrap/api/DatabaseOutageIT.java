package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;
import org.surgepolicy.adapter.persistence.PostgresServer;

/**
 * The real PostgreSQL behind a relay that the test cuts: while the database is unreachable every request is a 503
 * problem with Retry-After and no stack trace, and the service recovers by itself when the database comes back. A
 * status is answered from memory between changes, so it turns 503 once the node's change listener has seen its own
 * connection close (at once here, where the relay closes every connection); the test gives it a few seconds.
 */
@ExtendWith(PostgresAvailable.class)
@FullStackTest
class DatabaseOutageIT {

    private static final String STATUS = "/api/v1/policies/securing-the-border/status";
    /** A closed connection is seen at the listener's next wait for notifications (250 ms); ample margin. */
    private static final Duration LISTENER_NOTICES_WITHIN = Duration.ofSeconds(5);
    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgresBehindARelay(DynamicPropertyRegistry registry) throws IOException {
        URI server = URI.create(PostgresServer.configured().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort() == -1 ? 5432 : server.getPort()).start();
        PostgresSchema.register(registry, "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath()
            + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery()));
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
    }

    @AfterAll
    static void closeTheRelay() throws IOException {
        proxy.close();
    }

    private Map<String, Object> oneTally() {
        return Api.submission("outage-test", "RGV", Map.of(LocalDate.of(2024, 9, 1), 1200L));
    }

    private Api.Response statusOnceTheListenerNoticed() throws Exception {
        Instant deadline = Instant.now().plus(LISTENER_NOTICES_WITHIN);
        Api.Response status = Api.as("viewer", port).get(STATUS);
        while (status.status() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            status = Api.as("viewer", port).get(STATUS);
        }
        return status;
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        assertThat(Api.as("viewer", port).get(STATUS).status()).isEqualTo(200);

        proxy.cut();
        Api.Response submission = Api.as("operator", port).post("/api/v1/tallies", oneTally());
        Api.Response status = statusOnceTheListenerNoticed();

        for (Api.Response response : new Api.Response[] {status, submission}) {
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(response.json().path("status").asInt()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        }

        proxy.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int recovered = 0;
        while (Instant.now().isBefore(deadline) && recovered != 200) {
            recovered = Api.as("viewer", port).get(STATUS).status();
            if (recovered != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(recovered).isEqualTo(200);
        Api.Response after = Api.as("operator", port).post("/api/v1/tallies", oneTally());
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().path("added").asInt()).isEqualTo(1);
    }
}
