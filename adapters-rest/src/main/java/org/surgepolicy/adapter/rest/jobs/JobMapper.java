package org.surgepolicy.adapter.rest.jobs;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.adapter.rest.reports.ReportController;
import org.surgepolicy.application.jobs.port.in.JobRun;

/** Maps job executions to responses. */
@Mapper(config = RestMappingConfig.class, imports = ReportController.class)
public interface JobMapper {

    JobRunResponse toResponse(JobRun run);

    @Mapping(target = "link", expression = "java(ReportController.link(report.name()))")
    JobRunResponse.ReportWrittenResponse toResponse(JobRun.ReportWritten report);
}
