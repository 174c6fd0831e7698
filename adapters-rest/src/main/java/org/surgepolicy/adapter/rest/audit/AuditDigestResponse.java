package org.surgepolicy.adapter.rest.audit;

import java.time.Instant;

/**
 * A signed digest of the audit chain's head, as it is kept and given back to be checked.
 *
 * @param sequence  the entry it signs, the chain's last when it was made
 * @param hash      that entry's hash
 * @param instant   when it was made
 * @param signature HMAC-SHA256 of the three, hex-encoded
 * @param algorithm always {@code HMAC-SHA256}
 */
public record AuditDigestResponse(long sequence, String hash, Instant instant, String signature, String algorithm) {
}
