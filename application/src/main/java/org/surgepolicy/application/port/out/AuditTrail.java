package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/** The tamper-evident audit trail: an append-only hash chain of every change, with a head that records its end. */
public interface AuditTrail {

    /**
     * Appends an event after the current last entry, in the caller's transaction; concurrent appends are serialised
     * so that the chain has no fork and no gap.
     */
    AuditEntry append(AuditEvent event);

    /** Which entries to list: each criterion is optional (null). */
    record Filter(Instant from, Instant to, String actor, String action) {
    }

    /** One page of entries, newest first, and how many entries match in all. */
    record Page(List<AuditEntry> entries, long total, int page, int size) {
    }

    Page list(Filter filter, int page, int size);

    /** Walks the whole chain in order and names the first entry that breaks it. */
    AuditChain.Verification verify();

    /** The last entry's sequence and hash, as the trail's head records them (0 and the genesis hash when empty). */
    record Head(long sequence, String hash) {
    }

    Head head();

    /**
     * Walks the chain in order up to the digest's entry and checks it against the digest (see
     * {@link AuditChain.Walker#finishAgainst}).
     */
    AuditChain.Verification verifyAgainst(HeadDigest digest);
}
