package org.surgepolicy.adapter.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

@RestSliceTest
class AuditControllerTest {

    private static final Instant AT = Instant.parse("2024-08-10T13:00:00Z");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ListAuditEventsQuery listEvents;
    @Autowired
    private VerifyAuditTrailQuery verifyTrail;
    @Autowired
    private WriteAuditDigestUseCase writeDigest;
    @Autowired
    private VerifyAuditDigestQuery verifyDigest;

    private static AuditEntry entry() {
        AuditEvent event = new AuditEvent(AT, "operator-olga", "TALLIES_SUBMITTED", "rgv-daily-report",
            AuditDigest.sha256("payload"), "3 tallies from rgv-daily-report, 2 new revisions");
        return AuditChain.next(6, "a".repeat(64), event);
    }

    @Test
    void eventsArePagedWithEveryFieldOfTheEntryAndThePageMetadata() throws Exception {
        AuditEntry entry = entry();
        when(listEvents.list(any())).thenReturn(new AuditPage(List.of(entry), 101, 2, 50));

        mvc.perform(get("/api/v1/audit/events").param("page", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.events[0].sequence").value(7))
            .andExpect(jsonPath("$.events[0].instant").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.events[0].actor").value("operator-olga"))
            .andExpect(jsonPath("$.events[0].action").value("TALLIES_SUBMITTED"))
            .andExpect(jsonPath("$.events[0].subject").value("rgv-daily-report"))
            .andExpect(jsonPath("$.events[0].payloadDigest").value(AuditDigest.sha256("payload")))
            .andExpect(jsonPath("$.events[0].summary").value("3 tallies from rgv-daily-report, 2 new revisions"))
            .andExpect(jsonPath("$.events[0].previousHash").value("a".repeat(64)))
            .andExpect(jsonPath("$.events[0].hash").value(entry.hash()))
            .andExpect(jsonPath("$.page.number").value(2))
            .andExpect(jsonPath("$.page.size").value(50))
            .andExpect(jsonPath("$.page.totalElements").value(101))
            .andExpect(jsonPath("$.page.totalPages").value(3));
    }

    @Test
    void filtersAndPagingReachTheQuery() throws Exception {
        when(listEvents.list(any())).thenReturn(new AuditPage(List.of(), 0, 0, 10));

        mvc.perform(get("/api/v1/audit/events").param("from", "2024-08-01T00:00:00Z")
                .param("to", "2024-08-31T00:00:00-04:00").param("actor", "admin-ann")
                .param("action", "OVERRIDE_RECORDED").param("size", "10"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page.totalPages").value(0));

        ArgumentCaptor<ListAuditEventsQuery.Query> query = ArgumentCaptor.forClass(ListAuditEventsQuery.Query.class);
        verify(listEvents).list(query.capture());
        assertThat(query.getValue()).isEqualTo(new ListAuditEventsQuery.Query(Instant.parse("2024-08-01T00:00:00Z"),
            Instant.parse("2024-08-31T04:00:00Z"), "admin-ann", "OVERRIDE_RECORDED", 0, 10));
    }

    @Test
    void aPageTooLargeIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("size", "501"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("size"))
            .andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 500, was 501"));
        verify(listEvents, never()).list(any());
    }

    @Test
    void anInstantWithoutOffsetIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "2024-08-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void verificationNamesTheFirstBrokenEntry() throws Exception {
        when(verifyTrail.verify()).thenReturn(new AuditChain.Verification(3, 3L,
            "entry 3: its content does not match its hash: it was changed after it was written"));

        mvc.perform(get("/api/v1/audit/verification"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.intact").value(false))
            .andExpect(jsonPath("$.entriesChecked").value(3))
            .andExpect(jsonPath("$.firstBrokenSequence").value(3))
            .andExpect(jsonPath("$.reason")
                .value("entry 3: its content does not match its hash: it was changed after it was written"));
    }

    @Test
    void anIntactTrailHasNoBrokenEntry() throws Exception {
        when(verifyTrail.verify()).thenReturn(new AuditChain.Verification(12, null, null));

        mvc.perform(get("/api/v1/audit/verification"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.intact").value(true))
            .andExpect(jsonPath("$.entriesChecked").value(12))
            .andExpect(jsonPath("$.firstBrokenSequence").isEmpty())
            .andExpect(jsonPath("$.reason").isEmpty());
    }

    @Test
    void aDigestIsWrittenForTheSignedInAdministrator() throws Exception {
        HeadDigest digest = new HeadDigest(7, "a".repeat(64), AT, "b".repeat(64));
        when(writeDigest.write("admin")).thenReturn(digest);

        mvc.perform(post("/api/v1/audit/digests").principal(() -> "admin"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.sequence").value(7))
            .andExpect(jsonPath("$.hash").value("a".repeat(64)))
            .andExpect(jsonPath("$.instant").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.signature").value("b".repeat(64)))
            .andExpect(jsonPath("$.algorithm").value("HMAC-SHA256"));
    }

    @Test
    void aDigestIsTakenAsJsonOrBase64AndEchoedWithTheVerification() throws Exception {
        HeadDigest digest = new HeadDigest(7, "a".repeat(64), AT, "b".repeat(64));
        when(verifyDigest.verify(digest)).thenReturn(new Outcome.Done<>(new VerifyAuditDigestQuery.Checked(digest,
            new AuditChain.Verification(7, 7L, "entry 7: its hash is not the one the digest signed"))));
        String json = "{\"sequence\":7,\"hash\":\"" + "a".repeat(64) + "\",\"instant\":\"2024-08-10T13:00:00Z\","
            + "\"signature\":\"" + "b".repeat(64) + "\",\"algorithm\":\"HMAC-SHA256\"}";

        String base64 = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        for (String sent : List.of(json, base64)) {
            mvc.perform(get("/api/v1/audit/verification").param("digest", sent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(7))
                .andExpect(jsonPath("$.digest.sequence").value(7))
                .andExpect(jsonPath("$.digest.signature").value("b".repeat(64)));
        }
        verify(verifyTrail, never()).verify();
    }

    @Test
    void aForgedOrMalformedDigestIsABadRequestNamingTheField() throws Exception {
        when(verifyDigest.verify(any())).thenReturn(new Outcome.Invalid<>("digest.signature", "forged"));
        String json = "{\"sequence\":7,\"hash\":\"" + "a".repeat(64) + "\",\"instant\":\"2024-08-10T13:00:00Z\","
            + "\"signature\":\"" + "b".repeat(64) + "\"}";

        mvc.perform(get("/api/v1/audit/verification").param("digest", json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("digest.signature"))
            .andExpect(jsonPath("$.errors[0].message").value("forged"));
        mvc.perform(get("/api/v1/audit/verification").param("digest", json.replace("2024-08-10T13:00:00Z", "soon")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("digest.instant"));
        mvc.perform(get("/api/v1/audit/verification").param("digest", "{\"sequence\": 1"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("digest"));
    }
}
