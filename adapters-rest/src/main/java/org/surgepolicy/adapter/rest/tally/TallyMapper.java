package org.surgepolicy.adapter.rest.tally;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.tally.TallyRevision;

/** Maps tallies between requests, commands and responses. */
@Mapper(config = RestMappingConfig.class)
public interface TallyMapper {

    @Mapping(target = "rows", source = "request.tallies")
    SubmitTalliesUseCase.Command toCommand(TallySubmissionRequest request, String recordedBy);

    SubmitTalliesUseCase.Row toRow(TallyRowRequest row);

    TallySubmissionResponse toResponse(SubmitTalliesUseCase.Receipt receipt);

    PolicyStateSummaryResponse toResponse(SubmitTalliesUseCase.PolicyStateSummary summary);

    default TalliesResponse toResponse(GetTalliesQuery.Query query, List<TallyRevision> revisions) {
        return toResponse(query.date(), query.area(), query.knownAt(), query.history(), toResponses(revisions));
    }

    TalliesResponse toResponse(LocalDate date, String area, Instant knownAt, boolean history,
                               List<TallyRevisionResponse> tallies);

    List<TallyRevisionResponse> toResponses(List<TallyRevision> revisions);

    @Mapping(target = "date", source = "tally.key.date")
    @Mapping(target = "component", source = "tally.key.component")
    @Mapping(target = "area", source = "tally.key.area.value")
    @Mapping(target = "demographic", source = "tally.key.demographic")
    @Mapping(target = "citizenship", source = "tally.key.citizenship.name")
    @Mapping(target = "encounterType", source = "tally.key.encounterType")
    @Mapping(target = "count", source = "tally.count")
    TallyRevisionResponse toResponse(TallyRevision revision);
}
