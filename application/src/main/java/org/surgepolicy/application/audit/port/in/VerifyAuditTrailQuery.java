package org.surgepolicy.application.audit.port.in;

import org.surgepolicy.domain.audit.AuditChain;

/** Walk the audit trail's hash chain and name the first broken entry, if any. */
public interface VerifyAuditTrailQuery {

    AuditChain.Verification verify();
}
