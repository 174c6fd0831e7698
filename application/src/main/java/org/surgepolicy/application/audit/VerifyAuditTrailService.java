package org.surgepolicy.application.audit;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;

/** Verifies the audit trail's hash chain. */
public final class VerifyAuditTrailService implements VerifyAuditTrailQuery {

    private final AuditTrail trail;

    public VerifyAuditTrailService(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public AuditChain.Verification verify() {
        return trail.verify();
    }
}
