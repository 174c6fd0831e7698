package org.surgepolicy.adapter.rest.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;

/** The ledger's monthly sums beside the published statistics. */
@Tag(name = "Reconciliation")
@RestController
@RequestMapping(path = "/api/v1/reconciliation", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReconciliationController {

    private static final String MONTH = "^\\d{4}-\\d{2}$";

    private final ReconcileQuery reconcile;
    private final ReconciliationMapper mapper;

    public ReconciliationController(ReconcileQuery reconcile, ReconciliationMapper mapper) {
        this.reconcile = reconcile;
        this.mapper = mapper;
    }

    @Operation(operationId = "reconcile", summary = "The ledger beside CBP's published statistics (AUDITOR)",
        description = "For each month from..to (YYYY-MM, both optional): per publication and component, and per area"
            + " where the publication has areas, the ledger's sum of the latest daily counts, the published count,"
            + " and the difference.")
    @GetMapping
    public ReconciliationResponse reconcile(@Parameter(description = "The first month (YYYY-MM), included; by "
                                                + "default the earliest with data", example = "2025-06",
                                                schema = @Schema(type = "string", pattern = MONTH))
                                            @RequestParam(required = false) YearMonth from,
                                            @Parameter(description = "The last month (YYYY-MM), included; by default "
                                                + "the latest with data", example = "2025-07",
                                                schema = @Schema(type = "string", pattern = MONTH))
                                            @RequestParam(required = false) YearMonth to) {
        return mapper.toResponse(reconcile.reconcile(new ReconcileQuery.Query(from, to)));
    }
}
