package org.surgepolicy.adapter.rest.audit;

/**
 * What a walk of the whole audit chain found.
 *
 * @param intact              whether every entry matches its hash and links to the one before it
 * @param entriesChecked      how many entries were read before the walk ended
 * @param firstBrokenSequence the first entry that breaks the chain, or null when it is intact
 * @param reason              why that entry breaks it, or null
 * @param digest              the digest the chain was checked against (up to its entry), or null for a walk of the
 *                            whole chain
 */
public record AuditVerificationResponse(boolean intact, long entriesChecked, Long firstBrokenSequence,
                                        String reason, AuditDigestResponse digest) {
}
