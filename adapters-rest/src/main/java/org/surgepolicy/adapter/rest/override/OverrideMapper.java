package org.surgepolicy.adapter.rest.override;

import java.util.List;
import org.mapstruct.Mapper;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;
import org.surgepolicy.domain.policy.PolicyOverride;

/** Maps overrides between requests, commands and responses. */
@Mapper(config = RestMappingConfig.class)
public interface OverrideMapper {

    RecordOverrideUseCase.Command toCommand(String policyId, OverrideRequest request, String recordedBy);

    OverrideResponse toResponse(PolicyOverride override);

    List<OverrideResponse> toResponses(List<PolicyOverride> overrides);
}
