package org.surgepolicy.adapter.rest.reference;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;
import org.surgepolicy.domain.imports.ImportFormat;

/** Maps the reference data to its response. */
@Mapper(config = RestMappingConfig.class)
public interface ReferenceMapper {

    ReferenceResponse toResponse(GetReferenceDataQuery.ReferenceData data);

    @Mapping(target = "code", expression = "java(format.code())")
    @Mapping(target = "columns", expression = "java(format.columns())")
    ReferenceResponse.ImportFormatResponse toResponse(ImportFormat format);
}
