package org.surgepolicy.adapter.rest.reconciliation;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponses;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;

/** Maps a reconciliation to its response. */
@Mapper(config = RestMappingConfig.class, imports = UnavailableResponses.class)
public interface ReconciliationMapper {

    @Mapping(target = "differences", expression = "java(reconciliation.differences().size())")
    @Mapping(target = "notPublished", expression = "java(reconciliation.notPublished().size())")
    @Mapping(target = "notInLedger", expression = "java(reconciliation.notInLedger().size())")
    ReconciliationResponse toResponse(ReconcileQuery.Reconciliation reconciliation);

    @Mapping(target = "unavailable", expression = "java(UnavailableResponses.of(line.unavailable()))")
    ReconciliationResponse.LineResponse toResponse(ReconcileQuery.Line line);
}
