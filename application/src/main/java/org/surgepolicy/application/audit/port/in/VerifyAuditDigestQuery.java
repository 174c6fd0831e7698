package org.surgepolicy.application.audit.port.in;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.HeadDigest;

/** Check the audit chain against a digest that was kept elsewhere. */
public interface VerifyAuditDigestQuery {

    /** The check; Invalid (on {@code digest.signature}) when the digest's signature is not this service's key's. */
    Outcome<Checked> verify(HeadDigest digest);

    /** The digest is this service's: the chain from its start to the digest's entry was checked against it. */
    record Checked(HeadDigest digest, AuditChain.Verification verification) {
    }
}
