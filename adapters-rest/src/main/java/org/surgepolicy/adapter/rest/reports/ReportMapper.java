package org.surgepolicy.adapter.rest.reports;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.jobs.port.in.Report;

/** Maps the reports to responses. */
@Mapper(config = RestMappingConfig.class)
public interface ReportMapper {

    ReportPageResponse toResponse(Report.Page page);

    @Mapping(target = "link", expression = "java(ReportController.link(report.name()))")
    ReportResponse toResponse(Report report);
}
