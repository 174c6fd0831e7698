package org.surgepolicy.adapter.rest.imports;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.domain.imports.ImportRun;

/** Maps imports and the demonstration data's description to responses. */
@Mapper(config = RestMappingConfig.class)
public interface ImportMapper {

    @Mapping(target = "format", expression = "java(run.format().code())")
    @Mapping(target = "status", expression = "java(run.status().name())")
    @Mapping(target = "rowsImported", expression = "java(run.rowsImported())")
    @Mapping(target = "finishedAt", expression = "java(run.finishedAt())")
    @Mapping(target = "message", expression = "java(run.message())")
    ImportResponse toResponse(ImportRun run);

    @Mapping(target = "status", expression = "java(run.status().name())")
    ImportStartedResponse toStarted(ImportRun run);

    @Mapping(target = "loaded", constant = "true")
    DemoDataResponse toResponse(DemoDataInfo info);
}
