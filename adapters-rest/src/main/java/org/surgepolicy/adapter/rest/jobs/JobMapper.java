package org.surgepolicy.adapter.rest.jobs;

import org.mapstruct.Mapper;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.port.out.BatchJobs;

/** Maps job executions to responses. */
@Mapper(config = RestMappingConfig.class)
public interface JobMapper {

    JobRunResponse toResponse(BatchJobs.JobRun run);
}
