package org.surgepolicy.adapter.rest.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;

/** The nightly recomputation, run now, and the status of job executions. */
@Tag(name = "Jobs")
@RestController
@RequestMapping(path = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
public class JobController {

    private final StartRecomputationUseCase recomputation;
    private final GetJobRunQuery runs;
    private final JobMapper mapper;

    public JobController(StartRecomputationUseCase recomputation, GetJobRunQuery runs, JobMapper mapper) {
        this.recomputation = recomputation;
        this.runs = runs;
        this.mapper = mapper;
    }

    @Operation(operationId = "startRecomputation", summary = "Run the nightly recomputation now (ADMIN)",
        responses = @ApiResponse(responseCode = "202", description = "Accepted: the job execution started; its status"
            + " is at the Location (GET /api/v1/jobs/{executionId})."),
        description = "Recomputes every policy from all the data, records new determinations and restatements, checks"
            + " the daily aggregate and writes the reports. Answers at once with the job execution; its status is at"
            + " the Location. One runs at a time across every node, whoever started it (the schedule, this endpoint,"
            + " the command line): 409 names the one running.")
    @PostMapping("/recompute")
    public ResponseEntity<JobRunResponse> recompute(Principal principal) {
        Outcome<JobRun> outcome = recomputation.start(new StartRecomputationUseCase.Command(principal.getName(),
            false));
        if (outcome instanceof StartRecomputationUseCase.Busy busy) {
            throw new RecomputationConflictException(busy.running());
        }
        JobRun run = Outcomes.valueOf(outcome);
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + run.executionId()))
            .body(mapper.toResponse(run));
    }

    @Operation(operationId = "getJobRun", summary = "A job execution's status and steps (ADMIN)",
        description = "Who started it, each step's read, written and skipped counts with what they mean, and for a"
            + " recomputation what it recorded per policy and the reports it wrote, with their download links.")
    @GetMapping("/{executionId}")
    public JobRunResponse find(@Parameter(description = "The job execution's id: the executionId that POST "
                                   + "/api/v1/jobs/recompute answered, or an import's jobExecutionId", example = "17")
                               @PathVariable long executionId) {
        return mapper.toResponse(Outcomes.valueOf(runs.find(executionId)));
    }
}
