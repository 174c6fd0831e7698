package org.surgepolicy.adapter.rest.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;

/** Policies side by side on the same data: the rule in force beside a proposed one. */
@Tag(name = "Policies")
@RestController
public class ComparisonController {

    private final ComparePoliciesQuery comparePolicies;
    private final ComparisonMapper mapper;

    public ComparisonController(ComparePoliciesQuery comparePolicies, ComparisonMapper mapper) {
        this.comparePolicies = comparePolicies;
        this.mapper = mapper;
    }

    @Operation(operationId = "comparePolicies",
        summary = "Policies side by side (VIEWER; knownAt: AUDITOR)", description = "Each day from 'from' to 'to', "
        + "both included, with each policy's counted total (as that policy counts), average, state, effective state "
        + "and determination, and the days on which the effective states differ. Each policy says whether it is in "
        + "force or proposed. By default the last " + ComparePoliciesQuery.DEFAULT_DAYS + " days.")
    @GetMapping(path = "/api/v1/comparisons", produces = MediaType.APPLICATION_JSON_VALUE)
    public ComparisonResponse compare(@Parameter(description = "The ids of the policies to compare, separated by "
                                          + "commas: at least two, none repeated; an unknown id is a 404.",
                                          example = "securing-the-border,border-emergency-authority")
                                      @RequestParam(required = false) List<String> policies,
                                      @Parameter(description = "The first day (YYYY-MM-DD), included; by default the "
                                          + "first of the " + ComparePoliciesQuery.DEFAULT_DAYS + " days that end on "
                                          + "'to'. A range covers at most " + ComparePoliciesQuery.MAX_DAYS
                                          + " days.", example = "2024-06-05")
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @Parameter(description = "The last day (YYYY-MM-DD), included; by default today "
                                          + "(or the day of knownAt)", example = "2024-06-20")
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @KnownAt Instant knownAt) {
        return mapper.toResponse(Outcomes.valueOf(comparePolicies.compare(
            new ComparePoliciesQuery.Query(policies, from, to, knownAt))), knownAt);
    }
}
