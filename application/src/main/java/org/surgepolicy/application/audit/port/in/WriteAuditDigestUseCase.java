package org.surgepolicy.application.audit.port.in;

import org.surgepolicy.domain.audit.HeadDigest;

/** Sign the audit chain's head, record that in the chain, and keep the digest beside the reports. */
public interface WriteAuditDigestUseCase {

    /** @param requestedBy who asks (the nightly job, or an administrator) */
    HeadDigest write(String requestedBy);
}
