package org.surgepolicy.adapter.rest.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.adapter.rest.openapi.PolicyId;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;

/** What-ifs on a policy: simulations and parameter sweeps over the stored data. Nothing is stored. */
@Tag(name = "Simulations")
@RestController
@RequestMapping(path = "/api/v1/policies/{id}", produces = MediaType.APPLICATION_JSON_VALUE,
    consumes = MediaType.APPLICATION_JSON_VALUE)
public class SimulationController {

    private final SimulatePolicyUseCase simulate;
    private final SweepParametersUseCase sweep;
    private final SimulationMapper mapper;

    public SimulationController(SimulatePolicyUseCase simulate, SweepParametersUseCase sweep,
                                SimulationMapper mapper) {
        this.simulate = simulate;
        this.sweep = sweep;
        this.mapper = mapper;
    }

    @Operation(operationId = "simulate",
        summary = "Simulate the rule with changed parameters (VIEWER)", description = "Runs the rule on the "
        + "stored data with the parameters changed in every version; each dailyCounts entry replaces that day's "
        + "counted total. Nothing is stored.")
    @PostMapping("/simulations")
    public SimulationResponse simulate(@PolicyId @PathVariable String id,
                                       @Valid @RequestBody SimulationRequest request) {
        return mapper.toResponse(id, Outcomes.valueOf(simulate.simulate(mapper.toCommand(id, request))));
    }

    @Operation(operationId = "sweep",
        summary = "Sweep parameter values (VIEWER)", description = "Every combination of the values runs over "
        + "the stored history; per combination: days in effect, number of determinations, first discontinuation.")
    @PostMapping("/sweeps")
    public SweepResponse sweep(@PolicyId @PathVariable String id, @RequestBody SweepRequest request) {
        return mapper.toResponse(id, Outcomes.valueOf(sweep.sweep(mapper.toCommand(id, request))));
    }
}
