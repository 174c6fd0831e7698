package org.surgepolicy.bootstrap.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.application.simulation.port.out.Computations;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;

/**
 * One computation thread and no queue, and two connections to the database, one of them taken by the test: while a
 * simulation is held in the middle of its computation (on a latch, so that nothing depends on speed), another is
 * refused with 503 and Retry-After, and a request that needs the database gets the last connection, for the
 * computation holds none.
 */
@FullStackTest
@TestPropertySource(properties = {"surge.computations.threads=1", "surge.computations.queue=0",
    "surge.computations.retry-after=7s", "spring.datasource.hikari.maximum-pool-size=2",
    "spring.datasource.hikari.connection-timeout=10000"})
@Import(BusyComputationsIT.HeldComputations.class)
class BusyComputationsIT {

    private static final long PATIENCE_SECONDS = 60;
    private static final String SIMULATION = "/api/v1/policies/securing-the-border/simulations";

    /** Holds the next computation, on the pool's thread, until the test releases it. */
    static final class Held implements Computations {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final Computations pool;
        private volatile boolean holdNext = true;

        Held(Computations pool) {
            this.pool = pool;
        }

        @Override
        public <T> T run(Supplier<T> work) {
            return pool.run(() -> {
                if (holdNext) {
                    holdNext = false;
                    started.countDown();
                    try {
                        release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return work.get();
            });
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HeldComputations {

        @Bean
        static BeanPostProcessor holdTheComputations() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof BoundedComputations pool ? new Held(pool) : bean;
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    private Computations computations;
    @Autowired
    private DataSource dataSource;

    private Held held() {
        return (Held) computations;
    }

    @AfterEach
    void releaseTheComputation() {
        held().release.countDown();
    }

    private CompletableFuture<HttpResponse<String>> simulateInTheBackground() {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + SIMULATION)).header("Content-Type", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("viewer:viewer-pw".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"window\": 14}}")).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheOneThreadComputesAnotherComputationIsABusyProblemAndTheDatabaseStillAnswers() throws Exception {
        CompletableFuture<HttpResponse<String>> first = simulateInTheBackground();
        assertThat(held().started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the simulation computes").isTrue();

        Api.Response refused = Api.as("viewer", port).post("/api/v1/policies/securing-the-border/sweeps",
            Map.of("parameters", Map.of("window", List.of(7, 14))));
        Api.Response tallies;
        try (Connection taken = dataSource.getConnection()) {
            tallies = Api.as("operator", port).get("/api/v1/tallies?date=2024-08-01");
        }

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("7");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("tag:surgepolicy.org,2024:problems/busy");
        assertThat(refused.json().path("detail").asString()).isEqualTo("All 1 computation threads are busy and 0 "
            + "more computations wait for one (surge.computations.threads and .queue); try again in 7 s.");
        assertThat(tallies.status()).as("a database read while the computation holds the only thread: "
            + tallies.body()).isEqualTo(200);
        assertThat(first).isNotDone();

        held().release.countDown();
        HttpResponse<String> computed = first.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(computed.statusCode()).as(computed.body()).isEqualTo(200);
        assertThat(Api.as("viewer", port).post(SIMULATION, Map.of()).status()).isEqualTo(200);
    }
}
