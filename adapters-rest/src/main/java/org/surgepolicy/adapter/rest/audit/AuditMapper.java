package org.surgepolicy.adapter.rest.audit;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.surgepolicy.adapter.rest.RestMappingConfig;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.HeadDigest;

/** Maps audit entries, pages of them, the chain's verification and its digests to responses. */
@Mapper(config = RestMappingConfig.class)
public interface AuditMapper {

    default AuditEventsResponse toResponse(AuditPage page) {
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
    @Mapping(target = "digest", ignore = true)
    AuditVerificationResponse toResponse(AuditChain.Verification verification);

    @Mapping(target = "algorithm", constant = HeadDigest.ALGORITHM)
    AuditDigestResponse toResponse(HeadDigest digest);

    default AuditVerificationResponse toResponse(VerifyAuditDigestQuery.Checked checked) {
        AuditChain.Verification verification = checked.verification();
        return new AuditVerificationResponse(verification.intact(), verification.entriesChecked(),
            verification.firstBrokenSequence(), verification.reason(), toResponse(checked.digest()));
    }
}
