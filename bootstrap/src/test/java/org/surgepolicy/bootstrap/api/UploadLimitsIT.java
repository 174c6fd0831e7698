package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body limits hold for bodies sent in chunks, whose length nobody declares: an upload past
 * {@code surge.http.max-import-size} (as the file itself or as multipart, which the container parses) and a JSON body
 * past {@code surge.http.max-request-size} are a 413 problem, and nothing of them is stored.
 */
@FullStackTest
@TestPropertySource(properties = {"surge.http.max-import-size=64KB", "surge.http.max-request-size=16KB",
    "surge.import.folder=${java.io.tmpdir}/surge-imports-upload-limits-it"})
class UploadLimitsIT {

    private static final String HEADER = "date,component,area,demographic,citizenship,encounter_type,count\r\n";
    private static final String BOUNDARY = "surge-upload-limits";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    private DataSource dataSource;
    @Value("${surge.import.folder}")
    private Path importFolder;

    /** A daily file of about {@code bytes} bytes: the same valid line over and over, on successive days. */
    private static String csv(int bytes) {
        StringBuilder file = new StringBuilder(HEADER);
        for (int day = 0; file.length() < bytes; day++) {
            file.append(LocalDate.of(2020, 1, 1).plusDays(day % 1_500))
                .append(",USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,").append(day / 1_500 + 1).append("\r\n");
        }
        return file.toString();
    }

    private static byte[] multipart(String csv) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the body in chunks: {@code ofInputStream} declares no length. */
    private HttpResponse<String> chunked(String path, String user, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-pw")
                .getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** The imports and tallies stored, and the uploaded files kept (an import that ends deletes its own). */
    private record Stored(long imports, long tallies, Set<String> files) {
    }

    private Stored stored() throws IOException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (Stream<Path> files = Files.exists(importFolder) ? Files.list(importFolder) : Stream.empty()) {
            return new Stored(jdbc.sql("select count(*) from import_run").query(Long.class).single(),
                jdbc.sql("select count(*) from tally_revision").query(Long.class).single(),
                files.map(Path::getFileName).map(Path::toString).collect(Collectors.toSet()));
        }
    }

    private void assertNothingStoredSince(Stored before) throws IOException {
        Stored after = stored();
        assertThat(after.imports()).isEqualTo(before.imports());
        assertThat(after.tallies()).isEqualTo(before.tallies());
        assertThat(after.files()).isSubsetOf(before.files());
    }

    private static void assertTooLarge(HttpResponse<String> response, long limit, String setting) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("tag:surgepolicy.org,2024:problems/request-too-large");
        assertThat(problem.path("detail").asString()).isEqualTo("The request body is larger than the limit of "
            + limit + " bytes (" + limit + "B; setting " + setting + ").");
    }

    @Test
    void aChunkedFilePastTheImportLimitIsRefusedAndNothingIsStored() throws Exception {
        Stored before = stored();

        assertTooLarge(chunked("/api/v1/imports?format=daily", "operator", "text/csv",
            csv(200_000).getBytes(StandardCharsets.UTF_8)), 65_536, "surge.http.max-import-size");
        assertTooLarge(chunked("/api/v1/imports?format=daily", "operator", "multipart/form-data; boundary="
            + BOUNDARY, multipart(csv(200_000))), 65_536, "surge.http.max-import-size");

        assertNothingStoredSince(before);
    }

    @Test
    void aChunkedJsonBodyPastTheRequestLimitIsRefusedAndNothingIsStored() throws Exception {
        Stored before = stored();
        StringBuilder tallies = new StringBuilder("{\"source\": \"big\", \"tallies\": [");
        for (int day = 0; tallies.length() < 40_000; day++) {
            tallies.append(day == 0 ? "" : ",").append("{\"date\": \"").append(LocalDate.of(2020, 1, 1)
                .plusDays(day)).append("\", \"component\": \"USBP\", \"area\": \"RGV\", \"demographic\": "
                + "\"SINGLE_ADULTS\", \"citizenship\": \"MEXICO\", \"encounterType\": \"APPREHENSIONS\", \"count\": 1}");
        }
        tallies.append("]}");

        assertTooLarge(chunked("/api/v1/tallies", "operator", "application/json",
            tallies.toString().getBytes(StandardCharsets.UTF_8)), 16_384, "surge.http.max-request-size");

        assertNothingStoredSince(before);
    }

    @Test
    void chunkedUploadsWithinTheLimitAreImported() throws Exception {
        Stored before = stored();

        HttpResponse<String> plain = chunked("/api/v1/imports?format=daily", "operator", "text/csv",
            csv(30_000).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> multipart = chunked("/api/v1/imports?format=daily", "operator",
            "multipart/form-data; boundary=" + BOUNDARY, multipart(csv(20_000)));

        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(202);
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(202);
        assertThat(stored().imports()).isEqualTo(before.imports() + 2);
        for (HttpResponse<String> started : List.of(plain, multipart)) {
            long id = JsonMapper.builder().build().readTree(started.body()).path("id").asLong();
            Api.as("operator", port).awaitStatus("/api/v1/imports/" + id, "COMPLETED", "FAILED", "REJECTED");
        }
    }
}
