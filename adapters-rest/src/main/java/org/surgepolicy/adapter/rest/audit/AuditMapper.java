package org.surgepolicy.adapter.rest.audit;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;

/** Maps audit entries, pages of them and the chain's verification to responses. */
@Mapper(config = RestMappingConfig.class)
public interface AuditMapper {

    default AuditEventsResponse toResponse(AuditTrail.Page page) {
        long pages = (page.total() + page.size() - 1) / page.size();
        return new AuditEventsResponse(toResponses(page.entries()),
            new AuditEventsResponse.PageResponse(page.page(), page.size(), page.total(), pages));
    }

    List<AuditEventResponse> toResponses(List<AuditEntry> entries);

    @Mapping(target = "instant", source = "event.at")
    @Mapping(target = "actor", source = "event.actor")
    @Mapping(target = "action", source = "event.action")
    @Mapping(target = "subject", source = "event.subject")
    @Mapping(target = "payloadDigest", source = "event.payloadDigest")
    @Mapping(target = "summary", source = "event.summary")
    AuditEventResponse toResponse(AuditEntry entry);

    @Mapping(target = "intact", expression = "java(verification.intact())")
    AuditVerificationResponse toResponse(AuditChain.Verification verification);
}
