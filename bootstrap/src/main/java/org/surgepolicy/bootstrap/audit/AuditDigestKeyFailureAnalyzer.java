package org.surgepolicy.bootstrap.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the application did not start for want of an audit digest key, and what to set. */
public class AuditDigestKeyFailureAnalyzer extends AbstractFailureAnalyzer<AuditDigestKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditDigestKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set surge.audit.digest-key (for example the environment"
            + " variable SURGE_AUDIT_DIGEST_KEY) to a secret of at least 32 bytes kept outside the database, such as"
            + " the output of 'openssl rand -base64 48'. Keep it: digests signed with one key verify only with it.",
            cause);
    }
}
