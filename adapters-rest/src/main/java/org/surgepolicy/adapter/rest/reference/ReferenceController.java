package org.surgepolicy.adapter.rest.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;

/** The codes the service accepts, so that a client never has to guess one. */
@Tag(name = "Reference data")
@RestController
public class ReferenceController {

    private final GetReferenceDataQuery reference;
    private final ReferenceMapper mapper;

    public ReferenceController(GetReferenceDataQuery reference, ReferenceMapper mapper) {
        this.reference = reference;
        this.mapper = mapper;
    }

    @Operation(operationId = "getReferenceData", summary = "The codes the service accepts (VIEWER)",
        description = "Components, regions, areas (code, name, component, region), demographics, encounter types,"
            + " CBP's citizenship groupings, and the columns of each import format.")
    @GetMapping(path = "/api/v1/reference", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReferenceResponse reference() {
        return mapper.toResponse(reference.reference());
    }
}
