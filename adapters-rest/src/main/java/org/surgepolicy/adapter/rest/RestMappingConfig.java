package org.surgepolicy.adapter.rest;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** What every mapper of the REST adapter shares: Spring beans, and a build error for any response field left out. */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RestMappingConfig {
}
