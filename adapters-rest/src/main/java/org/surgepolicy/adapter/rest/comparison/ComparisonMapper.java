package org.surgepolicy.adapter.rest.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.adapter.rest.policy.PolicyMapper;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.TimelineDay;

/** Maps a comparison to its response: each policy's day in the shape of its timeline's, with its status. */
@Mapper(config = RestMappingConfig.class, uses = PolicyMapper.class)
public interface ComparisonMapper {

    default ComparisonResponse toResponse(ComparePoliciesQuery.Comparison comparison, Instant knownAt) {
        List<ComparisonDayResponse> days = new ArrayList<>();
        for (ComparePoliciesQuery.ComparedDay day : comparison.days()) {
            List<PolicyDayResponse> policies = new ArrayList<>();
            for (int i = 0; i < comparison.policies().size(); i++) {
                PolicyDefinition definition = comparison.policies().get(i);
                TimelineDay policyDay = day.policies().get(i);
                policies.add(policyDay == null ? noState(definition) : toResponse(policyDay, definition));
            }
            days.add(new ComparisonDayResponse(day.date(), day.differ(), policies));
        }
        return new ComparisonResponse(comparison.from(), comparison.to(), knownAt,
            comparison.policies().stream().map(this::toResponse).toList(), days, comparison.differingDays());
    }

    @Mapping(target = "policyId", source = "id")
    @Mapping(target = "status", expression = "java(definition.legalStatus().code())")
    ComparedPolicyResponse toResponse(PolicyDefinition definition);

    @Mapping(target = "policyId", source = "definition.id")
    @Mapping(target = "status", expression = "java(definition.legalStatus().code())")
    @Mapping(target = "counted", source = "day.counted")
    @Mapping(target = "average", source = "day.average")
    @Mapping(target = "state", source = "day.state")
    @Mapping(target = "effectiveState", source = "day.effectiveState")
    @Mapping(target = "determination", source = "day.determination.type")
    @Mapping(target = "trigger", expression = "java(day.trigger())")
    PolicyDayResponse toResponse(TimelineDay day, PolicyDefinition definition);

    /** A day before the policy's first or after its last: it has no state to compare. */
    private static PolicyDayResponse noState(PolicyDefinition definition) {
        return new PolicyDayResponse(definition.id(), definition.legalStatus().code(), null, null, null, null, null,
            null);
    }
}
