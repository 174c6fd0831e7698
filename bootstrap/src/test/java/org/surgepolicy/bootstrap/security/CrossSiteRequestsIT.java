package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.api.FullStackTest;

/**
 * What a page on another site can make a browser signed in to this service send, with the headers browsers send:
 * a form posted as text/plain, as multipart and with no body, and a fetch without CORS. Each is refused and changes
 * nothing; the same endpoints called by a script (no browser headers) or by the service's own pages still work.
 */
@FullStackTest
@TestPropertySource(properties = {"surge.reports.location=${java.io.tmpdir}/surge-reports-cross-site-it",
    "surge.import.folder=${java.io.tmpdir}/surge-imports-cross-site-it"})
class CrossSiteRequestsIT {

    private static final String CSV = "date,component,area,demographic,citizenship,encounter_type,count\r\n"
        + "2024-08-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,412\r\n";
    private static final String OVERRIDE = """
        {"state": "IN_EFFECT", "from": "2024-08-01", "reason": "Court order", "authority": "A court"}""";
    private static final String EVIL = "https://evil.example";
    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    /** Chrome's headers on a form a page on another site submits (a navigation). */
    private static final List<String> CROSS_SITE_FORM = List.of("Origin", EVIL, "Referer", EVIL + "/win-a-prize",
        "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document",
        "Sec-Fetch-User", "?1", "Upgrade-Insecure-Requests", "1");
    /** Chrome's headers on {@code fetch(url, {method: 'POST', mode: 'no-cors', credentials: 'include'})}. */
    private static final List<String> CROSS_SITE_FETCH = List.of("Origin", EVIL, "Referer", EVIL + "/",
        "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "empty");

    @LocalServerPort
    int port;
    @Autowired
    private DataSource dataSource;
    @Value("${surge.import.folder}")
    private Path importFolder;

    private Api admin() {
        return Api.as("admin", port);
    }

    private static byte[] multipart(String csv) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tallies.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What a refused request could have changed: rows of the tables it would write, and the uploaded files. */
    private Map<String, Long> state() throws IOException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, Long> state = new LinkedHashMap<>();
        for (String table : List.of("import_run", "policy_override", "batch_job_execution", "tally_revision",
            "audit_entry")) {
            state.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        try (Stream<Path> files = Files.exists(importFolder) ? Files.list(importFolder) : Stream.empty()) {
            state.put("uploaded files", files.count());
        }
        return state;
    }

    private static void assertRefusedAsCrossSite(Api.Response response, String why) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("tag:surgepolicy.org,2024:problems/forbidden");
        assertThat(response.json().path("detail").asString()).contains(why)
            .endsWith("Requests that change something are accepted from this service's own pages and from clients "
                + "that are not browsers, never on another site's behalf.");
    }

    @Test
    void formsAndFetchesFromAnotherSiteAreRefusedAndChangeNothing() throws Exception {
        Map<String, Long> before = state();

        assertRefusedAsCrossSite(admin().post("/api/v1/imports?format=daily", "text/plain",
            CSV.getBytes(StandardCharsets.UTF_8), CROSS_SITE_FORM), "(Sec-Fetch-Site: cross-site)");
        assertRefusedAsCrossSite(admin().post("/api/v1/imports?format=daily", "multipart/form-data; boundary="
            + BOUNDARY, multipart(CSV), CROSS_SITE_FORM), "the browser says another site made it");
        assertRefusedAsCrossSite(admin().post("/api/v1/jobs/recompute", "application/x-www-form-urlencoded",
            new byte[0], CROSS_SITE_FORM), "the browser says another site made it");
        assertRefusedAsCrossSite(admin().post("/api/v1/policies/securing-the-border/overrides", "text/plain",
            OVERRIDE.getBytes(StandardCharsets.UTF_8), CROSS_SITE_FETCH), "(Sec-Fetch-Site: cross-site)");
        assertRefusedAsCrossSite(admin().post("/api/v1/jobs/recompute", null, null, List.of("Origin",
            "https://surge.example.org", "Sec-Fetch-Site", "same-site", "Sec-Fetch-Mode", "no-cors")),
            "(Sec-Fetch-Site: same-site)");

        assertThat(state()).isEqualTo(before);
    }

    /** Browsers before Fetch Metadata (Safari before 16.4, say) still send Origin on a POST. */
    @Test
    void withoutFetchMetadataAForeignOrANullOriginIsRefused() throws Exception {
        Map<String, Long> before = state();

        assertRefusedAsCrossSite(admin().post("/api/v1/jobs/recompute", null, null, List.of("Origin", EVIL)),
            "it comes from the page of another origin (Origin: https://evil.example)");
        assertRefusedAsCrossSite(admin().post("/api/v1/imports?format=daily", "text/csv",
            CSV.getBytes(StandardCharsets.UTF_8), List.of("Origin", "null")), "(Origin: null)");
        assertRefusedAsCrossSite(admin().post("/api/v1/imports?format=daily", "text/csv",
            CSV.getBytes(StandardCharsets.UTF_8), List.of("Origin", "http://127.0.0.1:" + (port + 1))),
            "another origin");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theServicesOwnPagesChangeWhatTheirUserMayChange() {
        String self = "http://127.0.0.1:" + port;

        Api.Response sameOrigin = admin().post("/api/v1/policies/securing-the-border/overrides", "application/json",
            OVERRIDE.getBytes(StandardCharsets.UTF_8), List.of("Origin", self, "Sec-Fetch-Site", "same-origin",
                "Sec-Fetch-Mode", "cors", "Sec-Fetch-Dest", "empty"));
        Api.Response olderBrowser = admin().post("/api/v1/policies/securing-the-border/overrides", "application/json",
            OVERRIDE.getBytes(StandardCharsets.UTF_8), List.of("Origin", self));

        assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(201);
        assertThat(olderBrowser.status()).as(olderBrowser.body()).isEqualTo(201);
    }

    /** A script sends its credentials itself and no browser headers: it needs no token and works as it always has. */
    @Test
    void scriptsWithoutBrowserHeadersImportOverrideAndTriggerJobs() throws Exception {
        Map<String, Long> before = state();

        Api.Response imported = Api.as("operator", port).post("/api/v1/imports?format=daily", "text/csv",
            CSV.getBytes(StandardCharsets.UTF_8), List.of());
        Api.Response multipart = Api.as("operator", port).post("/api/v1/imports?format=daily",
            "multipart/form-data; boundary=" + BOUNDARY, multipart(CSV.replace(",412", ",413")), List.of());
        Api.Response overridden = admin().post("/api/v1/policies/securing-the-border/overrides", "application/json",
            OVERRIDE.getBytes(StandardCharsets.UTF_8), List.of());
        Api.Response recomputing = admin().post("/api/v1/jobs/recompute", null, null, List.of());

        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        assertThat(multipart.status()).as(multipart.body()).isEqualTo(202);
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
        assertThat(recomputing.status()).as(recomputing.body()).isEqualTo(202);
        admin().awaitStatus("/api/v1/imports/" + imported.json().path("id").asLong(), "COMPLETED", "FAILED",
            "REJECTED");
        admin().awaitStatus("/api/v1/imports/" + multipart.json().path("id").asLong(), "COMPLETED", "FAILED",
            "REJECTED");
        admin().awaitStatus("/api/v1/jobs/" + recomputing.json().path("executionId").asLong(), "COMPLETED",
            "FAILED");
        Map<String, Long> after = state();
        assertThat(after.get("import_run")).isEqualTo(before.get("import_run") + 2);
        assertThat(after.get("policy_override")).isEqualTo(before.get("policy_override") + 1);
        assertThat(after.get("batch_job_execution")).isGreaterThan(before.get("batch_job_execution"));
    }
}
