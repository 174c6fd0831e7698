package org.surgepolicy.adapter.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.application.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.port.in.VerifyAuditTrailQuery;

/** The tamper-evident audit trail: read it page by page, and verify its hash chain. */
@Tag(name = "Audit")
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {

    static final String DEFAULT_PAGE_SIZE = "50";

    private final ListAuditEventsQuery listEvents;
    private final VerifyAuditTrailQuery verifyTrail;
    private final AuditMapper mapper;

    public AuditController(ListAuditEventsQuery listEvents, VerifyAuditTrailQuery verifyTrail, AuditMapper mapper) {
        this.listEvents = listEvents;
        this.verifyTrail = verifyTrail;
        this.mapper = mapper;
    }

    @Operation(operationId = "listAuditEvents",
        summary = "List the audit events (AUDITOR)", description = "Newest first, page by page, filtered by the "
        + "instant they were recorded (from and to, both included), the actor and the action. Each event carries the "
        + "digest of its payload, the previous entry's hash and its own hash, which covers both.")
    @GetMapping("/events")
    public AuditEventsResponse events(
        @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
        @Parameter(description = "Events per page, at most " + ListAuditEventsQuery.MAX_PAGE_SIZE)
        @RequestParam(defaultValue = DEFAULT_PAGE_SIZE) int size,
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
        @RequestParam(required = false) String actor,
        @Parameter(description = "Such as TALLIES_SUBMITTED, OVERRIDE_RECORDED, DETERMINATION_RECORDED, "
            + "SECURITY_CONFIGURED") @RequestParam(required = false) String action) {
        return mapper.toResponse(listEvents.list(new ListAuditEventsQuery.Query(from, to, blankToNull(actor),
            blankToNull(action), page, size)));
    }

    @Operation(operationId = "verifyAuditTrail",
        summary = "Verify the audit trail (AUDITOR)", description = "Walks the whole hash chain in order and "
        + "names the first entry that was changed, removed or moved, and why; intact when there is none.")
    @GetMapping("/verification")
    public AuditVerificationResponse verification() {
        return mapper.toResponse(verifyTrail.verify());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
