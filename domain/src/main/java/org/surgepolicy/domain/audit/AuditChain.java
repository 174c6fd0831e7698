package org.surgepolicy.domain.audit;

import java.util.Optional;

/** Links audit events into a hash chain, and checks a chain entry by entry. */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code previous} (null for the first entry) with {@code event}. */
    public static AuditEntry append(AuditEntry previous, AuditEvent event) {
        return previous == null ? next(0, GENESIS, event) : next(previous.sequence(), previous.hash(), event);
    }

    /** The entry that follows the one with {@code previousSequence} and {@code previousHash} (0 and GENESIS: none). */
    public static AuditEntry next(long previousSequence, String previousHash, AuditEvent event) {
        long sequence = previousSequence + 1;
        return new AuditEntry(sequence, event, previousHash, hash(sequence, event, previousHash));
    }

    /** The hash of an entry: SHA-256 over its sequence, every field of its event, and the previous hash. */
    public static String hash(long sequence, AuditEvent event, String previousHash) {
        String canonical = String.join("\n", Long.toString(sequence), event.at().toString(), event.actor(),
            event.action(), event.subject(), event.payloadDigest(), event.summary(), previousHash);
        return AuditDigest.sha256(canonical);
    }

    /** What a walk of the chain found: nothing wrong, or the first entry that breaks it and why. */
    public record Verification(long entriesChecked, Long firstBrokenSequence, String reason) {

        public boolean intact() {
            return firstBrokenSequence == null;
        }
    }

    /** Walks a chain in stored order, one entry at a time, so that a trail of any length can be checked. */
    public static final class Walker {
        private AuditEntry previous;
        private long checked;
        private Verification broken;

        /** Checks the next entry; returns the first break found so far, if any. */
        public Optional<Verification> accept(AuditEntry entry) {
            if (broken != null) {
                return Optional.of(broken);
            }
            long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
            String expectedPrevious = previous == null ? GENESIS : previous.hash();
            String reason = null;
            long brokenAt = entry.sequence();
            if (entry.sequence() != expectedSequence) {
                brokenAt = expectedSequence;
                reason = "expected entry " + expectedSequence + " but found entry " + entry.sequence()
                    + (entry.sequence() > expectedSequence ? ": entries are missing" : ": entries are out of order");
            } else if (!entry.previousHash().equals(expectedPrevious)) {
                reason = "its previous hash does not match the hash of entry " + (expectedSequence - 1);
            } else if (!entry.hash().equals(hash(entry.sequence(), entry.event(), entry.previousHash()))) {
                reason = "its content does not match its hash: it was changed after it was written";
            }
            checked++;
            if (reason != null) {
                broken = new Verification(checked, brokenAt, "entry " + brokenAt + ": " + reason);
                return Optional.of(broken);
            }
            previous = entry;
            return Optional.empty();
        }

        /**
         * The result once every stored entry was given.
         *
         * @param headSequence the sequence the trail's head says was written last (0 when none), which catches
         *                     entries removed from the end
         */
        public Verification finish(long headSequence) {
            if (broken != null) {
                return broken;
            }
            long last = previous == null ? 0 : previous.sequence();
            if (last != headSequence) {
                long first = Math.min(last, headSequence) + 1;
                return new Verification(checked, first, "entry " + first + ": the trail's head records "
                    + headSequence + " entries but " + last + " are stored"
                    + (last < headSequence ? ": entries were removed from the end" : ": entries were added"));
            }
            return new Verification(checked, null, null);
        }

        /**
         * The result once every stored entry up to the digest's sequence was given: the chain must be whole up to
         * there, and its entry there must still have the hash the digest signed. This finds a chain that was cut
         * short, or rewritten with every hash after the change recomputed (the head row included), which a walk of
         * the chain alone takes for intact.
         */
        public Verification finishAgainst(HeadDigest digest) {
            if (broken != null) {
                return broken;
            }
            long last = previous == null ? 0 : previous.sequence();
            if (last < digest.sequence()) {
                long first = last + 1;
                return new Verification(checked, first, "entry " + first + ": the chain is shorter than the digest:"
                    + " it ends at entry " + last + " but the digest signed entry " + digest.sequence() + " at "
                    + digest.instant() + ": entries were removed from its end");
            }
            String hash = previous == null ? GENESIS : previous.hash();
            if (!hash.equals(digest.hash())) {
                return new Verification(checked, digest.sequence(), "entry " + digest.sequence() + ": its hash is"
                    + " not the one the digest signed at " + digest.instant() + ": the chain up to it was rewritten,"
                    + " hashes and all, after the digest was made");
            }
            return new Verification(checked, null, null);
        }
    }
}
