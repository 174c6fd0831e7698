package org.surgepolicy.application.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;

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
}
