package org.surgepolicy.application.audit.port.out;

import java.time.Instant;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/** The tamper-evident audit trail: an append-only hash chain of every change, with a head that records its end. */
public interface AuditTrail {

    /**
     * Appends an event to the chain in the caller's transaction, as it commits: the entry follows the last one
     * committed before it and carries the commit's instant (which replaces the event's own). Concurrent appends are
     * serialised so that the chain has no fork and no gap, and its entries are in commit order.
     */
    void append(AuditEvent event);

    /**
     * Which entries to list: each criterion is optional (null). With {@code to}, the answer is final: an entry
     * committed later is never recorded at or before it.
     */
    record Filter(Instant from, Instant to, String actor, String action) {
    }

    AuditPage list(Filter filter, int page, int size);

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
