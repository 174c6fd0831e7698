package org.surgepolicy.bootstrap.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.batch.PackagedJar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped alerting, end to end with the real programs. The packaged application runs as a separate process, as
 * operators run it (the configuration it is started with, its own port, its HTTP Basic users), so that the scrape goes
 * through the same security and the same actuator as in production; Prometheus scrapes it with the shipped
 * configuration and evaluates the shipped rules; Alertmanager routes with the shipped configuration to a webhook
 * receiver the test runs. Then an administrator records an override through the REST API: the policy's effective state
 * changes, and the alert must reach the receiver of its severity, with the policy and the new state in its labels.
 *
 * <p>Every wait is bounded and generous (the machine may be loaded); the processes are stopped at the end, whatever
 * happened.
 */
@ExtendWith(PrometheusAvailable.class)
class AlertingEndToEndIT {

    private static final String POLICY = "securing-the-border";
    private static final ZoneId POLICY_ZONE = ZoneId.of("America/New_York");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Duration ALERT_LIMIT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path folder;

    @Test
    void anOverrideThatChangesTheEffectiveStateReachesTheReceiverWithThePolicyAndTheNewState() throws Exception {
        int servicePort = freePort();
        int prometheusPort = freePort();
        int alertmanagerPort = freePort();
        String scrapePassword = UUID.randomUUID().toString();
        Path passwordFile = Files.writeString(folder.resolve("scrape.password"), scrapePassword);

        try (WebhookReceiver receiver = new WebhookReceiver();
             RunningProgram service = startService(servicePort, LocalConfigurations.scrapeUser(), scrapePassword);
             RunningProgram alertmanager = RunningProgram.start("alertmanager", folder, List.of(
                 PrometheusTools.alertmanager(),
                 "--config.file=" + LocalConfigurations.alertmanager(folder, receiver.address()),
                 "--storage.path=" + Files.createDirectories(folder.resolve("alertmanager-data")),
                 "--web.listen-address=127.0.0.1:" + alertmanagerPort,
                 "--cluster.listen-address="));
             RunningProgram prometheus = RunningProgram.start("prometheus", folder, List.of(
                 PrometheusTools.prometheus(),
                 "--config.file=" + LocalConfigurations.prometheus(folder, servicePort, passwordFile,
                     alertmanagerPort),
                 "--storage.tsdb.path=" + Files.createDirectories(folder.resolve("prometheus-data")),
                 "--web.listen-address=127.0.0.1:" + prometheusPort))) {

            waitFor("the service to be ready", service, () -> ready("http://127.0.0.1:" + servicePort
                + "/actuator/health/readiness"));
            waitFor("Alertmanager to be ready", alertmanager, () -> ready("http://127.0.0.1:" + alertmanagerPort
                + "/-/ready"));
            String prometheusApi = "http://127.0.0.1:" + prometheusPort;
            waitFor("Prometheus to be ready", prometheus, () -> ready(prometheusApi + "/-/ready"));
            // The state gauge of DISCONTINUED scraped at 0 (the policy is in effect on an empty ledger): the change
            // to come is then a change Prometheus sees.
            waitFor("Prometheus to scrape the service with the shipped configuration", prometheus,
                () -> "0".equals(sample(prometheusApi, "surge_policy_effective_state{policy=\"" + POLICY
                    + "\",state=\"DISCONTINUED\",job=\"" + Deployment.JOB + "\"}")),
                () -> "the targets: " + api(prometheusApi, "/api/v1/targets").path("data").path("activeTargets"));
            assertThat(sample(prometheusApi, "up{job=\"" + Deployment.JOB + "\"}")).isEqualTo("1");
            assertThat(metricNames(prometheusApi)).as("every meter the rules read, scraped by Prometheus")
                .containsAll(AlertRulesTest.meters()).contains("up", "process_start_time_seconds");

            LocalDate today = LocalDate.now(POLICY_ZONE);
            LocalDate from = today.minusDays(1);
            Api.Response override = Api.as("admin", servicePort).post("/api/v1/policies/" + POLICY + "/overrides",
                Map.of("state", "DISCONTINUED", "from", from.toString(), "to", today.plusDays(1).toString(),
                    "reason", "Alerting test: a court order", "authority", "Test court"));
            assertThat(override.status()).as(override.body()).isEqualTo(201);

            WebhookReceiver.Received alert = receiver.await(received -> "SurgePolicyEffectiveStateChanged".equals(
                    received.label("alertname")) && "firing".equals(received.alert().path("status").asString()),
                ALERT_LIMIT).orElseThrow(() -> new AssertionError("no SurgePolicyEffectiveStateChanged alert within "
                + ALERT_LIMIT + "; received: " + receiver.all() + "\n" + prometheus.tail() + "\n"
                + alertmanager.tail()));

            assertThat(alert.label("policy")).isEqualTo(POLICY);
            assertThat(alert.label("state")).isEqualTo("DISCONTINUED");
            assertThat(alert.label("severity")).isEqualTo("critical");
            assertThat(alert.label("service")).isEqualTo(Deployment.JOB);
            assertThat(alert.path()).isEqualTo("/surge/pager");
            assertThat(alert.notification().path("receiver").asString()).isEqualTo("pager");
            assertThat(alert.annotation("summary")).isEqualTo(POLICY + " is now DISCONTINUED");
            assertThat(alert.annotation("description")).contains("since " + from);
            assertThat(alert.annotation("runbook_url")).isEqualTo("docs/operations.md#surgepolicyeffectivestatechanged");
            assertThat(receiver.all()).as("no change of state was alerted before the override")
                .noneMatch(received -> "SurgePolicyEffectiveStateChanged".equals(received.label("alertname"))
                    && !"DISCONTINUED".equals(received.label("state")));
        }
    }

    private RunningProgram startService(int port, String scrapeUser, String scrapePassword) throws IOException {
        List<String> command = PackagedJar.java("-Xmx512m");
        command.addAll(List.of("--server.port=" + port,
            "--spring.datasource.url=" + H2Urls.file(folder.resolve("db")),
            "--surge.demo-data.enabled=false", "--surge.jobs.recompute.cron=-",
            "--surge.import.folder=" + folder.resolve("imports"), "--surge.reports.location=" + folder.resolve("reports"),
            "--surge.security.users[0].username=admin", "--surge.security.users[0].password={noop}admin-pw",
            "--surge.security.users[0].roles=ADMIN",
            "--surge.security.users[1].username=" + scrapeUser,
            "--surge.security.users[1].password={noop}" + scrapePassword,
            "--surge.security.users[1].roles=AUDITOR"));
        return RunningProgram.start("service", folder, command);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean ready(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The value of the one sample an instant query gives, or null when it gives none. */
    private static String sample(String prometheus, String query) throws IOException, InterruptedException {
        JsonNode result = api(prometheus, "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
            .path("data").path("result");
        return result.isEmpty() ? null : result.get(0).path("value").get(1).asString();
    }

    private static Set<String> metricNames(String prometheus) throws IOException, InterruptedException {
        Set<String> names = new TreeSet<>();
        api(prometheus, "/api/v1/label/__name__/values").path("data").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static JsonNode api(String prometheus, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(prometheus + path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, RunningProgram program, Check check) throws Exception {
        waitFor(what, program, check, () -> "");
    }

    /** Waits until the check holds, failing with what the program printed (and {@code more}) if it never does. */
    private static void waitFor(String what, RunningProgram program, Check check, Diagnosis more) throws Exception {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (!check.holds()) {
            assertThat(program.alive()).as("%s: the program stopped; %s", what, program.tail()).isTrue();
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waiting for " + what + " for " + START_LIMIT + ": " + more.text() + "\n"
                    + program.tail());
            }
            Thread.sleep(250);
        }
    }

    @FunctionalInterface
    private interface Diagnosis {
        String text() throws Exception;
    }
}
