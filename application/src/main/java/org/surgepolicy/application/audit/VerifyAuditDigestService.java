package org.surgepolicy.application.audit;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.audit.HeadDigest;

/** Checks the audit chain against a signed digest of its head kept elsewhere. */
public final class VerifyAuditDigestService implements VerifyAuditDigestQuery {

    private final AuditTrail trail;
    private final HeadDigest.Key key;

    public VerifyAuditDigestService(AuditTrail trail, HeadDigest.Key key) {
        this.trail = trail;
        this.key = key;
    }

    @Override
    @Transactional(readOnly = true)
    public Outcome<Checked> verify(HeadDigest digest) {
        if (!digest.signedWith(key)) {
            return new Outcome.Invalid<>("digest.signature", "the digest's signature does not verify with this"
                + " service's digest key (surge.audit.digest-key): the digest was changed, or made with another key");
        }
        return new Outcome.Done<>(new Checked(digest, trail.verifyAgainst(digest)));
    }
}
