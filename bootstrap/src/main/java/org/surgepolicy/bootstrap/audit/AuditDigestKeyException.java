package org.surgepolicy.bootstrap.audit;

/** The key that signs the audit digests is missing or too short: the application does not start. */
public class AuditDigestKeyException extends RuntimeException {

    AuditDigestKeyException(String message) {
        super(message);
    }
}
