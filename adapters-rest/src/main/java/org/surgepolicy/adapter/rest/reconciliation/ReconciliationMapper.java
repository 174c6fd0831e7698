package org.surgepolicy.adapter.rest.reconciliation;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.port.in.ReconcileQuery;

/** Maps a reconciliation to its response. */
@Mapper(config = RestMappingConfig.class)
public interface ReconciliationMapper {

    @Mapping(target = "differences", expression = "java(reconciliation.differences().size())")
    ReconciliationResponse toResponse(ReconcileQuery.Reconciliation reconciliation);
}
