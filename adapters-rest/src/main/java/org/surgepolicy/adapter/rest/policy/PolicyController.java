package org.surgepolicy.adapter.rest.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.adapter.rest.openapi.PolicyId;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

/** The read side of the policies: what they are, their status, timeline, determinations and restatements. */
@Tag(name = "Policies")
@RestController
@RequestMapping(path = "/api/v1/policies", produces = MediaType.APPLICATION_JSON_VALUE)
public class PolicyController {

    private final ListPoliciesQuery listPolicies;
    private final GetPolicyStatusQuery getStatus;
    private final GetTimelineQuery getTimeline;
    private final GetDeterminationsQuery getDeterminations;
    private final GetRestatementsQuery getRestatements;
    private final PolicyMapper mapper;
    private final TimelineAnswers timelines;

    public PolicyController(ListPoliciesQuery listPolicies, GetPolicyStatusQuery getStatus,
                            GetTimelineQuery getTimeline, GetDeterminationsQuery getDeterminations,
                            GetRestatementsQuery getRestatements, PolicyMapper mapper, JsonMapper json) {
        this.listPolicies = listPolicies;
        this.getStatus = getStatus;
        this.getTimeline = getTimeline;
        this.getDeterminations = getDeterminations;
        this.getRestatements = getRestatements;
        this.mapper = mapper;
        this.timelines = new TimelineAnswers(json);
    }

    @Operation(operationId = "listPolicies",
        summary = "List the policies (VIEWER)", description = "Each with its time zone, first day and versions: each "
        + "version's first day, citation, rule parameters (the names simulations and sweeps take) and counting rule.")
    @GetMapping
    public List<PolicyResponse> list() {
        return mapper.toResponses(listPolicies.list());
    }

    @Operation(operationId = "getStatus",
        summary = "A policy's status today (VIEWER; knownAt: AUDITOR)", description = "Is it in effect, since "
        + "when, how far from a change, and how fresh and complete the data is. Every value that is null has its "
        + "reason under its name in 'unavailable'. With knownAt, computed only from what was recorded up to that "
        + "instant.")
    @GetMapping("/{id}/status")
    public PolicyStatusResponse status(@PolicyId @PathVariable String id, @KnownAt Instant knownAt) {
        return mapper.toResponse(Outcomes.valueOf(getStatus.status(new GetPolicyStatusQuery.Query(id, knownAt))),
            knownAt);
    }

    @Operation(operationId = "getTimeline",
        summary = "A policy's days (VIEWER; knownAt: AUDITOR)", description = "From 'from' to 'to', both "
        + "included; by default the last " + GetTimelineQuery.DEFAULT_DAYS + " days. The answer carries an ETag: "
        + "asked again with If-None-Match, it is a 304 without a body while the days are the same.",
        // The range's parameters are described here rather than on the method's parameters: a parameter's
        // annotations are part of the key every conversion of its value looks up, and a description's there would
        // make each request hash them.
        parameters = {
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "The first day (YYYY-MM-DD), included; "
                + "by default the first of the " + GetTimelineQuery.DEFAULT_DAYS + " days that end on 'to'. A range "
                + "covers at most " + GetTimelineQuery.MAX_DAYS + " days.", example = "2025-01-20"),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "The last day (YYYY-MM-DD), included; by "
                + "default today (or the day of knownAt)", example = "2025-02-06")})
    @ApiResponse(responseCode = "200", description = "The days",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = TimelineResponse.class)))
    @ApiResponse(responseCode = "304", description = "The days are those of the ETag given in If-None-Match")
    @GetMapping("/{id}/timeline")
    public ResponseEntity<byte[]> timeline(@PolicyId @PathVariable String id,
                                           @RequestParam(required = false)
                                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false)
                                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @KnownAt Instant knownAt) {
        List<TimelineDay> days = Outcomes.valueOf(getTimeline.timeline(new GetTimelineQuery.Query(id, from, to,
            knownAt)));
        TimelineAnswers.Answer answer = timelines.answer(id, knownAt, from, to, days,
            () -> mapper.toTimeline(id, knownAt, days));
        return ResponseEntity.ok().eTag(answer.etag()).contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }

    @Operation(operationId = "getDeterminations",
        summary = "A policy's determinations (VIEWER; knownAt: AUDITOR)", description = "Oldest first, each "
        + "with its evidence: the windows looked at, their sums and the threshold.")
    @GetMapping("/{id}/determinations")
    public List<DeterminationResponse> determinations(@PolicyId @PathVariable String id, @KnownAt Instant knownAt) {
        return mapper.toDeterminationResponses(Outcomes.valueOf(getDeterminations.determinations(
            new GetDeterminationsQuery.Query(id, knownAt))));
    }

    @Operation(operationId = "getRestatements",
        summary = "A policy's restatements (AUDITOR)", description = "The determinations as first recorded "
        + "beside those the current data yields, and every difference.")
    @GetMapping("/{id}/restatements")
    public RestatementsResponse restatements(@PolicyId @PathVariable String id) {
        return mapper.toResponse(Outcomes.valueOf(getRestatements.restatements(id)));
    }
}
