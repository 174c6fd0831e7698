package org.surgepolicy.adapter.rest.imports;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.port.in.DemoDataInfo;
import org.surgepolicy.application.port.out.ImportRun;

/** Maps imports and the demonstration data's description to responses. */
@Mapper(config = RestMappingConfig.class)
public interface ImportMapper {

    @Mapping(target = "format", expression = "java(run.format().code())")
    @Mapping(target = "rowsImported", expression = "java(run.rowsImported())")
    ImportResponse toResponse(ImportRun run);

    ImportStartedResponse toStarted(ImportRun run);

    @Mapping(target = "loaded", constant = "true")
    DemoDataResponse toResponse(DemoDataInfo info);
}
