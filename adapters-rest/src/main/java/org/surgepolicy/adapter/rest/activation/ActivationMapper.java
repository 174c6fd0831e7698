package org.surgepolicy.adapter.rest.activation;

import java.util.List;
import org.mapstruct.Mapper;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase;
import org.surgepolicy.domain.policy.ActivationDecision;

/** Maps activation decisions between requests, commands and responses. */
@Mapper(config = RestMappingConfig.class)
public interface ActivationMapper {

    RecordActivationDecisionUseCase.Command toCommand(String policyId, ActivationRequest request, String recordedBy);

    ActivationResponse toResponse(ActivationDecision decision);

    List<ActivationResponse> toResponses(List<ActivationDecision> decisions);
}
