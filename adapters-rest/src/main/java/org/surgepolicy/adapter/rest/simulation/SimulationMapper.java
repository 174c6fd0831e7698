package org.surgepolicy.adapter.rest.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponses;
import org.surgepolicy.adapter.rest.policy.PolicyMapper;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.simulation.SweepOutcome;

/** Maps simulations and sweeps between requests, commands and responses. */
@Mapper(config = RestMappingConfig.class, uses = PolicyMapper.class, imports = UnavailableResponses.class)
public interface SimulationMapper {

    SimulatePolicyUseCase.Command toCommand(String policyId, SimulationRequest request);

    DailyCount toDailyCount(DailyCountRequest count);

    SimulationResponse toResponse(String policyId, SimulatePolicyUseCase.Result result);

    @Mapping(target = "values", source = "request.parameters")
    SweepParametersUseCase.Command toCommand(String policyId, SweepRequest request);

    default SweepResponse toResponse(String policyId, List<SweepOutcome> outcomes) {
        return new SweepResponse(policyId, outcomes.size(), toOutcomeResponses(outcomes));
    }

    List<SweepOutcomeResponse> toOutcomeResponses(List<SweepOutcome> outcomes);

    @Mapping(target = "parameters", qualifiedByName = "inVersionOrder")
    @Mapping(target = "valid", expression = "java(outcome.valid())")
    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(outcome.unavailable()))")
    SweepOutcomeResponse toResponse(SweepOutcome outcome);

    /**
     * The parameters in the order a policy version lists them, whatever order the outcome keeps them in; those of the
     * triggers, the release and the cap after them, in the outcome's order.
     */
    @Named("inVersionOrder")
    default Map<String, Object> inVersionOrder(Map<String, Object> parameters) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ParameterName name : ParameterName.values()) {
            if (parameters.containsKey(name.key())) {
                ordered.put(name.key(), parameters.get(name.key()));
            }
        }
        parameters.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
