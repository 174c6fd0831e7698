package org.surgepolicy.adapter.rest.audit;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param instant       when it was recorded
 * @param subject       what it was done to (a policy id, a source, an import id), or empty
 * @param payloadDigest the SHA-256 of what it carried, hex-encoded
 * @param previousHash  the hash of the entry before it, which this entry's hash covers
 */
public record AuditEventResponse(long sequence, Instant instant, String actor, String action, String subject,
                                 String payloadDigest, String summary, String previousHash, String hash) {
}
