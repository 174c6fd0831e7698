package org.surgepolicy.adapter.rest.override;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.adapter.rest.openapi.PolicyId;
import org.surgepolicy.application.policy.port.in.ListOverridesQuery;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;

/** Overrides of a policy's effective state: record one, list them. */
@Tag(name = "Overrides")
@RestController
@RequestMapping(path = "/api/v1/policies/{id}/overrides", produces = MediaType.APPLICATION_JSON_VALUE)
public class OverrideController {

    private final RecordOverrideUseCase recordOverride;
    private final ListOverridesQuery listOverrides;
    private final OverrideMapper mapper;

    public OverrideController(RecordOverrideUseCase recordOverride, ListOverridesQuery listOverrides,
                              OverrideMapper mapper) {
        this.recordOverride = recordOverride;
        this.listOverrides = listOverrides;
        this.mapper = mapper;
    }

    @Operation(operationId = "recordOverride",
        summary = "Record an override (ADMIN)", description = "A forced state over a range of days, with the "
        + "reason and the authority (a court order, say). The rule keeps computing underneath; the effective state is "
        + "the override's while it lasts. The authenticated user is recorded as the one who recorded it.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public OverrideResponse record(@PolicyId @PathVariable String id, @Valid @RequestBody OverrideRequest request,
                                   Principal principal) {
        return mapper.toResponse(Outcomes.valueOf(
            recordOverride.record(mapper.toCommand(id, request, principal.getName()))));
    }

    @Operation(operationId = "listOverrides",
        summary = "List a policy's overrides (VIEWER)", description = "In recording order.")
    @GetMapping
    public List<OverrideResponse> list(@PolicyId @PathVariable String id) {
        return mapper.toResponses(Outcomes.valueOf(listOverrides.overrides(id)));
    }
}
