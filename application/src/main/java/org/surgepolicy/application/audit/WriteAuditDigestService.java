package org.surgepolicy.application.audit;

import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditAction;
import org.surgepolicy.domain.audit.HeadDigest;

/** Writes signed digests of the audit chain's head. */
public final class WriteAuditDigestService implements WriteAuditDigestUseCase {

    private final AuditTrail trail;
    private final AuditDigestArchive archive;
    private final Auditor auditor;
    private final HeadDigest.Key key;
    private final Clock clock;

    public WriteAuditDigestService(AuditTrail trail, AuditDigestArchive archive, Auditor auditor, HeadDigest.Key key,
                                   Clock clock) {
        this.trail = trail;
        this.archive = archive;
        this.auditor = auditor;
        this.key = key;
        this.clock = clock;
    }

    /** The digest signs the head as it was before its own AUDIT_DIGEST_WRITTEN entry, which records it. */
    @Override
    @Transactional
    public HeadDigest write(String requestedBy) {
        AuditTrail.Head head = trail.head();
        HeadDigest digest = HeadDigest.sign(head.sequence(), head.hash(), clock.instant(), key);
        String kept = archive.keep(digest);
        auditor.record(requestedBy, AuditAction.AUDIT_DIGEST_WRITTEN, "entry " + digest.sequence(),
            digest.signedText() + "\n" + digest.signature(), "digest of the audit chain's head: entry "
                + digest.sequence() + ", hash " + digest.hash() + ", signed at " + digest.instant() + ", kept as "
                + kept);
        return digest;
    }
}
