package org.surgepolicy.application.audit;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;

/** Reads and verifies the audit trail. */
public final class AuditQueryService implements ListAuditEventsQuery, VerifyAuditTrailQuery {

    private final AuditTrail trail;

    public AuditQueryService(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage list(Query query) {
        return trail.list(new AuditTrail.Filter(query.from(), query.to(), query.actor(), query.action()),
            query.page(), query.size());
    }

    @Override
    @Transactional(readOnly = true)
    public AuditChain.Verification verify() {
        return trail.verify();
    }
}
