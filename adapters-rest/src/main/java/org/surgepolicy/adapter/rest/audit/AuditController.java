package org.surgepolicy.adapter.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;

/**
 * The tamper-evident audit trail: read it page by page, verify its hash chain, write a signed digest of its head, and
 * verify the chain against a digest kept elsewhere.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {

    static final String DEFAULT_PAGE_SIZE = "50";
    private static final String DIGEST = "{\"sequence\": 16, \"hash\": "
        + "\"a84cc64228ea8e6b82b9b3960c8a1606722f99b8475818ce841289bda873dfbc\", \"instant\": "
        + "\"2026-11-30T11:12:57.229476929Z\", \"signature\": "
        + "\"5404f184af4f31f65c1ee71f79a76d43c293af3782e126a3c1d4a6fd18af25ef\", \"algorithm\": \"HMAC-SHA256\"}";

    private final ListAuditEventsQuery listEvents;
    private final VerifyAuditTrailQuery verifyTrail;
    private final WriteAuditDigestUseCase writeDigest;
    private final VerifyAuditDigestQuery verifyDigest;
    private final AuditMapper mapper;

    public AuditController(ListAuditEventsQuery listEvents, VerifyAuditTrailQuery verifyTrail,
                           WriteAuditDigestUseCase writeDigest, VerifyAuditDigestQuery verifyDigest,
                           AuditMapper mapper) {
        this.listEvents = listEvents;
        this.verifyTrail = verifyTrail;
        this.writeDigest = writeDigest;
        this.verifyDigest = verifyDigest;
        this.mapper = mapper;
    }

    @Operation(operationId = "listAuditEvents",
        summary = "List the audit events (AUDITOR)", description = "Newest first, page by page, filtered by the "
        + "instant they were recorded (from and to, both included), the actor and the action. Each event carries the "
        + "digest of its payload, the previous entry's hash and its own hash, which covers both.")
    @GetMapping("/events")
    public AuditEventsResponse events(
        @Parameter(description = "The page, from 0", example = "0") @RequestParam(defaultValue = "0") int page,
        @Parameter(description = "Events per page, at most " + ListAuditEventsQuery.MAX_PAGE_SIZE, example = "50")
        @RequestParam(defaultValue = DEFAULT_PAGE_SIZE) int size,
        @Parameter(description = "Only events recorded at or after this instant (ISO-8601 with an offset)",
            example = "2025-09-01T00:00:00Z")
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
        @Parameter(description = "Only events recorded at or before this instant (ISO-8601 with an offset)",
            example = "2025-09-30T23:59:59Z")
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
        @Parameter(description = "Only the events of this user (system for the service's own)", example = "operator")
        @RequestParam(required = false) String actor,
        @Parameter(description = "Only the events of this action: TALLIES_SUBMITTED, IMPORT_COMPLETED, "
            + "IMPORT_FAILED, DETERMINATION_RECORDED, OVERRIDE_RECORDED, ACTIVATION_DECISION_RECORDED, JOB_RUN, "
            + "AUDIT_DIGEST_WRITTEN or "
            + "SECURITY_CONFIGURED",
            example = "TALLIES_SUBMITTED") @RequestParam(required = false) String action) {
        return mapper.toResponse(listEvents.list(new ListAuditEventsQuery.Query(from, to, blankToNull(actor),
            blankToNull(action), page, size)));
    }

    @Operation(operationId = "verifyAuditTrail",
        summary = "Verify the audit trail (AUDITOR)", description = "Walks the whole hash chain in order and "
        + "names the first entry that was changed, removed or moved, and why; intact when there is none. With a "
        + "digest kept elsewhere (its JSON, or base64 of it: curl -G --data-urlencode digest@audit-digest.json), "
        + "checks the chain from its start to the digest's entry, which must still have the digest's hash: this "
        + "finds a chain rewritten together with its head row, or cut short. A digest whose signature is not this "
        + "service's is refused (400).")
    @GetMapping("/verification")
    public AuditVerificationResponse verification(
        @Parameter(description = "A digest of the chain's head, as POST /api/v1/audit/digests or the nightly job "
            + "wrote it: its JSON, or base64 of that JSON; without it, the whole chain is walked", example = DIGEST)
        @RequestParam(required = false) String digest) {
        if (digest == null || digest.isBlank()) {
            return mapper.toResponse(verifyTrail.verify());
        }
        return mapper.toResponse(Outcomes.valueOf(verifyDigest.verify(DigestParameter.parse(digest))));
    }

    @Operation(operationId = "writeAuditDigest", summary = "Write a signed digest of the audit chain's head (ADMIN)",
        responses = @ApiResponse(responseCode = "201", description = "The digest written"),
        description = "Signs the chain's last entry (sequence, hash, instant) with the service's digest key "
            + "(HMAC-SHA256), keeps the digest in audit-digests/ under the reports folder, records an "
            + "AUDIT_DIGEST_WRITTEN entry, and returns the digest: keep it away from the database, to verify the "
            + "chain against it later.")
    @PostMapping("/digests")
    public ResponseEntity<AuditDigestResponse> writeDigest(Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(mapper.toResponse(writeDigest.write(
            principal.getName())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
