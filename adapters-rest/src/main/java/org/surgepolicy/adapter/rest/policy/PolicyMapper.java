package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponses;
import org.surgepolicy.adapter.rest.override.OverrideMapper;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.EffectiveChange;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Projection;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;

/** Maps policies, their status, timelines, determinations and restatements to responses. */
@Mapper(config = RestMappingConfig.class, uses = OverrideMapper.class, imports = UnavailableResponses.class)
public interface PolicyMapper {

    List<PolicyResponse> toResponses(List<PolicyDefinition> definitions);

    PolicyResponse toResponse(PolicyDefinition definition);

    PolicyVersionResponse toResponse(PolicyVersion version);

    @Mapping(target = "activationThreshold", expression = "java(parameters.activationThreshold())")
    @Mapping(target = "discontinuationThreshold", expression = "java(parameters.discontinuationThreshold())")
    RuleParametersResponse toResponse(RuleParameters parameters);

    @Mapping(target = "components", expression = "java(components(rule.components()))")
    @Mapping(target = "regions", expression = "java(regions(rule.regions()))")
    CountingRuleResponse toResponse(CountingRule rule);

    @Mapping(target = "since", expression = "java(status.since())")
    @Mapping(target = "effectiveSince", source = "status.effectiveSince")
    @Mapping(target = "version", source = "status.versionId")
    @Mapping(target = "dataThrough", source = "status.freshness.dataThrough")
    @Mapping(target = "dataAgeDays", source = "status.freshness.ageDays")
    @Mapping(target = "stale", expression = "java(status.stale())")
    @Mapping(target = "staleAfterDays", source = "status.freshness.staleAfterDays")
    @Mapping(target = "latestAverage", expression = "java(average(status.latestAverage()))")
    @Mapping(target = "latestWindow", expression = "java(toResponse(status.latestAverage()))")
    @Mapping(target = "latestWindowComplete",
        expression = "java(status.latestWindow() != null && status.latestWindow().complete())")
    @Mapping(target = "latestWindowMissingDays", source = "status.latestWindow.missingDays")
    @Mapping(target = "daysBelowDiscontinuationThreshold", source = "status.daysBelow")
    @Mapping(target = "discontinuationEffectiveOn", expression = "java(status.discontinuationEffectiveOn())")
    @Mapping(target = "reactivationEffectiveOn", expression = "java(status.reactivationEffectiveOn())")
    @Mapping(target = "earliestPossibleDiscontinuation",
        expression = "java(status.earliestPossibleDiscontinuation())")
    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(status.unavailable()))")
    PolicyStatusResponse toResponse(PolicyStatus status, Instant knownAt);

    @Mapping(target = "version", source = "versionId")
    @Mapping(target = "description", expression = "java(projection.description())")
    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(projection.unavailable()))")
    ProjectionResponse toResponse(Projection projection);

    EffectiveChangeResponse toResponse(EffectiveChange change);

    default TimelineResponse toTimeline(String policyId, Instant knownAt, List<TimelineDay> days) {
        return new TimelineResponse(policyId, knownAt, toDayResponses(days));
    }

    List<TimelineDayResponse> toDayResponses(List<TimelineDay> days);

    default TimelineDayResponse toResponse(TimelineDay day) {
        return toResponse(day, RuleState.of(day.state()));
    }

    @Mapping(target = "date", source = "day.date")
    @Mapping(target = "state", source = "rule.state")
    @Mapping(target = "since", source = "rule.since")
    @Mapping(target = "effectiveSince", source = "day.effectiveSince")
    @Mapping(target = "version", source = "day.versionId")
    @Mapping(target = "daysBelowDiscontinuationThreshold", source = "day.daysBelow")
    @Mapping(target = "determination", source = "day.determination.type")
    @Mapping(target = "overrideId", source = "day.override.id")
    @Mapping(target = "overrideFrom", source = "day.override.from")
    @Mapping(target = "overrideTo", source = "day.override.to")
    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(day.unavailable()))")
    TimelineDayResponse toResponse(TimelineDay day, RuleState rule);

    List<DeterminationResponse> toDeterminationResponses(List<Determination> determinations);

    @Mapping(target = "from", expression = "java(determination.from())")
    @Mapping(target = "to", expression = "java(determination.to())")
    @Mapping(target = "version", source = "versionId")
    DeterminationResponse toResponse(Determination determination);

    EvidenceResponse toResponse(Evidence evidence);

    @Mapping(target = "from", source = "average.from")
    @Mapping(target = "to", source = "average.to")
    @Mapping(target = "sum", source = "average.sum")
    @Mapping(target = "days", source = "average.days")
    EvidenceWindowResponse toResponse(EvidenceWindow window);

    DailyCountResponse toResponse(DailyCount count);

    @Mapping(target = "average", expression = "java(window.average())")
    AverageWindowResponse toResponse(WindowAverage window);

    @Mapping(target = "counts", expression = "java(toResponse(restatements.counts()))")
    RestatementsResponse toResponse(GetRestatementsQuery.Restatements restatements);

    RestatementCountsResponse toResponse(Restatements.Counts counts);

    RecordedDeterminationSummaryResponse toSummary(RecordedDetermination recorded);

    @Mapping(target = "version", source = "versionId")
    DeterminationSummaryResponse toSummary(Determination determination);

    RecordedDeterminationResponse toResponse(RecordedDetermination recorded);

    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(restatement.unavailable()))")
    RestatementResponse toResponse(Restatement restatement);

    /** An average with four decimals, computed from the exact sum: {@link WindowAverage#SCALE}. */
    default BigDecimal average(WindowAverage window) {
        return window == null ? null : window.average();
    }

    default PolicyStateKind state(PolicyState state) {
        return RuleState.of(state).state();
    }

    default String timeZone(ZoneId zone) {
        return zone.getId();
    }

    default List<Component> components(Set<Component> components) {
        return components.stream().sorted().toList();
    }

    default List<Region> regions(Set<Region> regions) {
        return regions.stream().sorted().toList();
    }
}
