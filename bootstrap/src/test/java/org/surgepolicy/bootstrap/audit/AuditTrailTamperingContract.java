package org.surgepolicy.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail of the running application, tampered with directly in its database: the verification endpoint
 * must find every change, removal and reordering, and name the first entry it breaks. Each test starts from the same
 * trail (the security configuration of the start, a submission, its determination, an override), restored after it.
 * A digest of the trail's head, kept outside the database, finds what the trail alone cannot: the trail rewritten
 * together with its head row, or cut short.
 */
abstract class AuditTrailTamperingContract {

    private static final String VERIFICATION = "/api/v1/audit/verification";
    private static final Path REPORTS = temporaryFolder();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void reports(DynamicPropertyRegistry registry) {
        registry.add("surge.reports.location", REPORTS::toString);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("surge-audit-reports-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private DataSource dataSource;

    private JdbcClient jdbc;
    private List<Map<String, Object>> trail;
    private Map<String, Object> head;

    @BeforeEach
    void writeTheTrailOnce() {
        jdbc = JdbcClient.create(dataSource);
        if (count() == 1) {
            Map<LocalDate, Long> counts = new LinkedHashMap<>();
            LocalDate.parse("2024-05-30").datesUntil(LocalDate.parse("2024-06-21")).forEach(d -> counts.put(d, 1_000L));
            assertThat(as("operator").post("/api/v1/tallies", Api.submission("rgv-daily-report", "RGV", counts))
                .status()).isEqualTo(200);
            assertThat(as("admin").post("/api/v1/policies/securing-the-border/overrides", Map.of("state", "IN_EFFECT",
                "from", "2024-06-10", "reason", "Court order 24-1234", "authority", "U.S. District Court")).status())
                .isEqualTo(201);
        }
        trail = jdbc.sql("select * from audit_entry order by sequence").query().listOfRows();
        head = jdbc.sql("select * from audit_head").query().singleRow();
    }

    @AfterEach
    void restoreTheTrail() {
        jdbc.sql("delete from audit_entry").update();
        for (Map<String, Object> row : trail) {
            JdbcClient.StatementSpec insert = jdbc.sql("insert into audit_entry (" + String.join(", ", row.keySet())
                + ") values (:" + String.join(", :", row.keySet()) + ")");
            for (Map.Entry<String, Object> column : row.entrySet()) {
                insert = insert.param(column.getKey(), column.getValue());
            }
            insert.update();
        }
        jdbc.sql("update audit_head set sequence = :sequence, hash = :hash").param("sequence", head.get("sequence"))
            .param("hash", head.get("hash")).update();
    }

    private Api as(String role) {
        return Api.as(role, port);
    }

    private JsonNode auditor(String path) {
        Api.Response response = as("auditor").get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long count() {
        return auditor("/api/v1/audit/events?size=1").path("page").path("totalElements").asLong();
    }

    private JsonNode verification() {
        return auditor(VERIFICATION);
    }

    @Test
    void theTrailOfTheRunVerifies() {
        JsonNode verification = verification();

        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("entriesChecked").asLong()).isEqualTo(4);
        assertThat(verification.path("firstBrokenSequence").isNull()).isTrue();
        JsonNode events = auditor("/api/v1/audit/events").path("events");
        assertThat(events.valueStream().map(e -> e.path("action").asString())).containsExactly(
            "OVERRIDE_RECORDED", "DETERMINATION_RECORDED", "TALLIES_SUBMITTED", "SECURITY_CONFIGURED");
        assertThat(events.get(0).path("previousHash").asString()).isEqualTo(events.get(1).path("hash").asString());
    }

    @Test
    void aRowChangedInTheDatabaseIsNamed() {
        jdbc.sql("update audit_entry set actor = 'someone-else' where sequence = 3").update();

        JsonNode verification = verification();

        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(3);
        assertThat(verification.path("reason").asString()).contains("entry 3").contains("changed after it was written");
    }

    @Test
    void aPayloadDigestChangedInTheDatabaseIsNamed() {
        jdbc.sql("update audit_entry set payload_digest = :digest where sequence = 2").param("digest", "0".repeat(64))
            .update();

        assertThat(verification().path("firstBrokenSequence").asLong()).isEqualTo(2);
    }

    @Test
    void aRowDeletedInTheDatabaseIsNamed() {
        jdbc.sql("delete from audit_entry where sequence = 2").update();

        JsonNode verification = verification();

        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(verification.path("reason").asString()).contains("entries are missing");
    }

    @Test
    void theLastRowDeletedInTheDatabaseIsNamed() {
        jdbc.sql("delete from audit_entry where sequence = 4").update();

        JsonNode verification = verification();

        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(4);
        assertThat(verification.path("reason").asString()).contains("removed from the end");
    }

    @Test
    void rowsReorderedInTheDatabaseAreNamed() {
        jdbc.sql("update audit_entry set sequence = -1 where sequence = 2").update();
        jdbc.sql("update audit_entry set sequence = 2 where sequence = 3").update();
        jdbc.sql("update audit_entry set sequence = 3 where sequence = -1").update();

        JsonNode verification = verification();

        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(2);
    }

    @Test
    void aValidChainVerifiesAgainstItsDigestSentAsJsonOrBase64() throws Exception {
        JsonNode digest = writeDigest();

        assertThat(digest.path("sequence").asLong()).isEqualTo(4);
        assertThat(digest.path("hash").asString()).isEqualTo(trail.getLast().get("hash"));
        assertThat(digest.path("algorithm").asString()).isEqualTo("HMAC-SHA256");
        JsonNode written = auditor("/api/v1/audit/events?action=AUDIT_DIGEST_WRITTEN").path("events").get(0);
        assertThat(written.path("sequence").asLong()).isEqualTo(5);
        assertThat(written.path("actor").asString()).isEqualTo("admin");
        assertThat(written.path("summary").asString()).startsWith("digest of the audit chain's head: entry 4, hash "
            + digest.path("hash").asString());
        try (Stream<Path> kept = Files.list(REPORTS.resolve("audit-digests"))) {
            assertThat(kept.map(file -> read(file).path("signature").asString()))
                .contains(digest.path("signature").asString());
        }

        for (String sent : List.of(digest.toString(), Base64.getEncoder().encodeToString(digest.toString()
            .getBytes(StandardCharsets.UTF_8)))) {
            JsonNode verification = auditor(VERIFICATION + "?digest="
                + URLEncoder.encode(sent, StandardCharsets.UTF_8));
            assertThat(verification.path("intact").asBoolean()).isTrue();
            assertThat(verification.path("entriesChecked").asLong()).isEqualTo(4);
            assertThat(verification.path("digest").path("signature").asString())
                .isEqualTo(digest.path("signature").asString());
        }
    }

    @Test
    void aHeadRewrittenWithItsHashesVerifiesAloneButNotAgainstTheEarlierDigest() {
        JsonNode digest = writeDigest();
        // Entry 4 rewritten, its hash recomputed, entry 5 linked to it again, and the head row moved along.
        jdbc.sql("update audit_entry set summary = 'IN_EFFECT from 2024-06-11 (nobody)' where sequence = 4").update();
        String rewritten = rehash(4);
        jdbc.sql("update audit_entry set previous_hash = :hash where sequence = 5").param("hash", rewritten).update();
        jdbc.sql("update audit_head set hash = :hash").param("hash", rehash(5)).update();
        assertThat(verification().path("intact").asBoolean()).as("the chain alone").isTrue();

        JsonNode verification = verify(digest);

        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(4);
        assertThat(verification.path("reason").asString()).startsWith("entry 4: its hash is not the one the digest"
            + " signed at " + digest.path("instant").asString());
    }

    @Test
    void aChainCutShortBelowTheDigestIsFound() {
        JsonNode digest = writeDigest();
        jdbc.sql("delete from audit_entry where sequence >= 4").update();
        jdbc.sql("update audit_head set sequence = 3, hash = :hash").param("hash", trail.get(2).get("hash")).update();
        assertThat(verification().path("intact").asBoolean()).as("the chain alone").isTrue();

        JsonNode verification = verify(digest);

        assertThat(verification.path("intact").asBoolean()).isFalse();
        assertThat(verification.path("firstBrokenSequence").asLong()).isEqualTo(4);
        assertThat(verification.path("reason").asString()).startsWith("entry 4: the chain is shorter than the"
            + " digest: it ends at entry 3 but the digest signed entry 4");
    }

    @Test
    void aDigestWithAForgedSignatureIsRefused() {
        ObjectNode digest = (ObjectNode) writeDigest();
        digest.put("sequence", 3);
        digest.put("hash", (String) trail.get(2).get("hash"));

        Api.Response refused = as("auditor").get(VERIFICATION + "?digest="
            + URLEncoder.encode(digest.toString(), StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("digest.signature");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).startsWith("the digest's"
            + " signature does not verify with this service's digest key");
        assertThat(as("auditor").get(VERIFICATION + "?digest=not-a-digest").status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdminWritesADigest() {
        assertThat(as("auditor").post("/api/v1/audit/digests", Map.of()).status()).isEqualTo(403);
        assertThat(as("operator").post("/api/v1/audit/digests", Map.of()).status()).isEqualTo(403);
    }

    private JsonNode writeDigest() {
        Api.Response written = as("admin").post("/api/v1/audit/digests", Map.of());
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json();
    }

    private JsonNode verify(JsonNode digest) {
        return auditor(VERIFICATION + "?digest=" + URLEncoder.encode(digest.toString(), StandardCharsets.UTF_8));
    }

    /** Recomputes a stored entry's hash from its columns, as someone rewriting the chain would, and stores it. */
    private String rehash(long sequence) {
        Map<String, Object> row = jdbc.sql("select * from audit_entry where sequence = :sequence")
            .param("sequence", sequence).query().singleRow();
        Instant at = jdbc.sql("select recorded_at from audit_entry where sequence = :sequence")
            .param("sequence", sequence).query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
        AuditEvent event = new AuditEvent(at, (String) row.get("actor"), (String) row.get("action"),
            (String) row.get("subject"), (String) row.get("payload_digest"), (String) row.get("summary"));
        String hash = AuditChain.hash(sequence, event, (String) row.get("previous_hash"));
        jdbc.sql("update audit_entry set hash = :hash where sequence = :sequence").param("hash", hash)
            .param("sequence", sequence).update();
        return hash;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSecurityConfigurationOfTheStartIsTheFirstEntryWithRolesButNoPasswords() {
        JsonNode events = auditor("/api/v1/audit/events?action=SECURITY_CONFIGURED");

        assertThat(events.path("page").path("totalElements").asLong()).isEqualTo(1);
        JsonNode entry = events.path("events").get(0);
        assertThat(entry.path("sequence").asLong()).isEqualTo(1);
        assertThat(entry.path("actor").asString()).isEqualTo("system");
        assertThat(entry.path("subject").asString()).isEqualTo("users");
        assertThat(entry.path("summary").asString()).isEqualTo(
            "users: viewer (VIEWER), operator (OPERATOR), auditor (AUDITOR), admin (ADMIN)");
        assertThat(entry.toString()).doesNotContain("-pw");
    }
}
