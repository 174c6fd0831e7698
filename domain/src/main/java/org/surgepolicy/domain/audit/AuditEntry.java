package org.surgepolicy.domain.audit;

import java.util.Objects;

/**
 * An event in the audit trail, linked to the one before it: its hash covers its own fields and the previous entry's
 * hash, so that changing, removing or reordering any entry breaks every hash after it.
 *
 * @param sequence     the position in the trail, from 1, without gaps
 * @param previousHash the hash of entry {@code sequence - 1} ({@link AuditChain#GENESIS} for the first)
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
