package org.surgepolicy.application.audit.port.in;

import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.HeadDigest;

/** Check the audit chain against a digest that was kept elsewhere. */
public interface VerifyAuditDigestQuery {

    Result verify(HeadDigest digest);

    /** What a check against a digest found. */
    sealed interface Result {
    }

    /** The digest is this service's: the chain from its start to the digest's entry was checked against it. */
    record Checked(HeadDigest digest, AuditChain.Verification verification) implements Result {
    }

    /** The digest's signature is not this service's key's: nothing was checked against it. */
    record ForgedSignature(String reason) implements Result {
    }
}
