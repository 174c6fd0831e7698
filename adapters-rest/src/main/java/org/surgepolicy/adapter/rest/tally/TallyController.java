package org.surgepolicy.adapter.rest.tally;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/** The daily tallies: submit them, read them back with their history. */
@Tag(name = "Tallies")
@RestController
@RequestMapping(path = "/api/v1/tallies", produces = MediaType.APPLICATION_JSON_VALUE)
public class TallyController {

    private final SubmitTalliesUseCase submitTallies;
    private final GetTalliesQuery getTallies;
    private final TallyMapper mapper;

    public TallyController(SubmitTalliesUseCase submitTallies, GetTalliesQuery getTallies, TallyMapper mapper) {
        this.submitTallies = submitTallies;
        this.getTallies = getTallies;
        this.mapper = mapper;
    }

    @Operation(operationId = "submitTallies",
        summary = "Submit daily tallies (OPERATOR)", description = "All rows are stored or none; a 400 names "
        + "every bad row by its index. A row equal to the latest revision of its key changes nothing; another count "
        + "is a new revision. Answers with the status of every policy after the change.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public TallySubmissionResponse submit(@Valid @RequestBody TallySubmissionRequest request, Principal principal) {
        return mapper.toResponse(Outcomes.valueOf(
            submitTallies.submit(mapper.toCommand(request, principal.getName()))));
    }

    @Operation(operationId = "readTallies",
        summary = "Read a day's tallies (OPERATOR, AUDITOR; knownAt: AUDITOR)", description = "The latest "
        + "revision of each key, or with history=true every revision, as known now or at knownAt.")
    @GetMapping
    public TalliesResponse read(@Parameter(description = "The day (YYYY-MM-DD)", example = "2025-09-01")
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                @Parameter(description = "Only this area's tallies: a CBP area code, as GET "
                                    + "/api/v1/reference lists them; every area when absent", example = "RGV")
                                @RequestParam(required = false) String area,
                                @KnownAt Instant knownAt,
                                @Parameter(description = "true: every revision of each key, in the order recorded, "
                                    + "with who recorded it and when; false: the latest revision of each key",
                                    example = "true")
                                @RequestParam(defaultValue = "false") boolean history) {
        GetTalliesQuery.Query query = new GetTalliesQuery.Query(date, area, knownAt, history);
        return mapper.toResponse(query, getTallies.tallies(query));
    }
}
