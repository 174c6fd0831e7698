package org.surgepolicy.domain.audit;

/** What an audit event records as done: the whole set; the trail stores each by its name. */
public enum AuditAction {
    TALLIES_SUBMITTED,
    OVERRIDE_RECORDED,
    ACTIVATION_DECISION_RECORDED,
    DETERMINATION_RECORDED,
    IMPORT_COMPLETED,
    IMPORT_FAILED,
    JOB_RUN,
    AUDIT_DIGEST_WRITTEN,
    SECURITY_CONFIGURED
}
