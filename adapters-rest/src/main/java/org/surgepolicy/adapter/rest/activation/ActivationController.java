package org.surgepolicy.adapter.rest.activation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
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
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.adapter.rest.openapi.PolicyId;
import org.surgepolicy.application.policy.port.in.ListActivationDecisionsQuery;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase;

/** Activation decisions of a policy whose rule makes activation discretionary: record one, list them. */
@Tag(name = "Activation decisions")
@RestController
@RequestMapping(path = "/api/v1/policies/{id}/activations", produces = MediaType.APPLICATION_JSON_VALUE)
public class ActivationController {

    private final RecordActivationDecisionUseCase recordDecision;
    private final ListActivationDecisionsQuery listDecisions;
    private final ActivationMapper mapper;

    public ActivationController(RecordActivationDecisionUseCase recordDecision,
                                ListActivationDecisionsQuery listDecisions, ActivationMapper mapper) {
        this.recordDecision = recordDecision;
        this.listDecisions = listDecisions;
        this.mapper = mapper;
    }

    @Operation(operationId = "recordActivation",
        summary = "Record an activation decision (ADMIN)", description = "Where a discretionary trigger only made "
        + "activation available (the Border Emergency Authority's average of 4,000, say), an authorised person "
        + "activates the policy today, citing the discretionary determination of 'determinationDate': the policy is "
        + "in effect from the next day. The decision acts inside the rule: the release threshold is then the "
        + "discretionary trigger's. 409 when the policy has no discretionary trigger, or no discretionary "
        + "determination stands on every day from 'determinationDate' to today, with a sentence saying why. The "
        + "authenticated user is recorded as the one who recorded it.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ActivationResponse record(@PolicyId @PathVariable String id,
                                     @Valid @RequestBody ActivationRequest request, Principal principal) {
        return mapper.toResponse(Outcomes.valueOf(
            recordDecision.record(mapper.toCommand(id, request, principal.getName()))));
    }

    @Operation(operationId = "listActivations",
        summary = "List a policy's activation decisions (VIEWER; knownAt: AUDITOR)", description = "In recording "
        + "order. With knownAt, only those recorded up to that instant.")
    @GetMapping
    public List<ActivationResponse> list(@PolicyId @PathVariable String id, @KnownAt Instant knownAt) {
        return mapper.toResponses(Outcomes.valueOf(listDecisions.decisions(id, knownAt)));
    }
}
