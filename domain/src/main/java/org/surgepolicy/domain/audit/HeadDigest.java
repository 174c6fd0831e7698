package org.surgepolicy.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.surgepolicy.domain.validation.Violations;

/**
 * A signed statement of the audit chain's head: entry {@code sequence} had {@code hash} at {@code instant}. Kept away
 * from the database (as CloudTrail keeps its digest files), it lets a later check find a chain rewritten up to and
 * including its head row, or cut short, which the chain alone cannot show.
 *
 * @param signature HMAC-SHA256 of {@link #signedText()} under the service's digest key, hex-encoded
 */
public record HeadDigest(long sequence, String hash, Instant instant, String signature) {

    /** The signature's algorithm, as the digest files name it. */
    public static final String ALGORITHM = "HMAC-SHA256";

    public HeadDigest {
        new Violations()
            .require(sequence >= 0, "sequence", "must be 0 or more, was " + sequence)
            .require(hash != null && hash.matches("[0-9a-f]{64}"), "hash", "must be a hex SHA-256 hash")
            .requireNonNull(instant, "instant")
            .require(signature != null && signature.matches("[0-9a-f]{64}"), "signature",
                "must be a hex HMAC-SHA256")
            .throwIfAny();
    }

    /** Signs the head entry {@code sequence} with {@code hash} as of {@code instant}. */
    public static HeadDigest sign(long sequence, String hash, Instant instant, Key key) {
        return new HeadDigest(sequence, hash, instant, key.sign(text(sequence, hash, instant)));
    }

    /** Whether the signature is the key's over this digest's fields (compared in constant time). */
    public boolean signedWith(Key key) {
        return MessageDigest.isEqual(key.sign(signedText()).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** What the signature covers: a version tag and the three fields, one a line. */
    public String signedText() {
        return text(sequence, hash, instant);
    }

    private static String text(long sequence, String hash, Instant instant) {
        return String.join("\n", "surge-audit-digest-v1", Long.toString(sequence), hash, instant.toString());
    }

    /** The secret that signs digests: at least 32 bytes. Its {@code toString} never shows it. */
    public static final class Key {

        /** The fewest bytes a key may have: as many as HMAC-SHA256's output. */
        public static final int MIN_BYTES = 32;

        private final byte[] secret;

        public Key(byte[] secret) {
            if (secret == null || secret.length < MIN_BYTES) {
                throw new IllegalArgumentException("a digest key must have at least " + MIN_BYTES + " bytes, had "
                    + (secret == null ? 0 : secret.length));
            }
            this.secret = secret.clone();
        }

        String sign(String text) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("every Java runtime has HmacSHA256", e);
            }
        }

        @Override
        public String toString() {
            return "HeadDigest.Key[" + secret.length + " bytes]";
        }
    }
}
