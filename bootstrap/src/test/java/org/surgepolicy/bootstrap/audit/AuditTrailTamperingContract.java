package org.surgepolicy.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.bootstrap.api.Api;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of the running application, tampered with directly in its database: the verification endpoint
 * must find every change, removal and reordering, and name the first entry it breaks. Each test starts from the same
 * trail (the security configuration of the start, a submission, its determination, an override), restored after it.
 */
abstract class AuditTrailTamperingContract {

    private static final String VERIFICATION = "/api/v1/audit/verification";

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
