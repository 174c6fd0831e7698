package org.surgepolicy.domain.audit;

import java.time.Instant;
import org.surgepolicy.domain.validation.Violations;

/**
 * Something that changed the system: who, when, what, and the digest of what it carried.
 *
 * @param action        what was done, such as {@code TALLIES_SUBMITTED}
 * @param subject       what it was done to (a policy id, an import id), or empty
 * @param payloadDigest the SHA-256 of the payload, hex-encoded (see {@link AuditDigest})
 * @param summary       a short human-readable account, such as "12 tallies, 3 revised"
 */
public record AuditEvent(Instant at, String actor, String action, String subject, String payloadDigest,
                         String summary) {

    public AuditEvent {
        new Violations()
            .requireNonNull(at, "at")
            .require(actor != null && !actor.isBlank(), "actor", "is required")
            .require(action != null && action.matches("[A-Z][A-Z_]{0,63}"), "action",
                "must be an upper-case word such as TALLIES_SUBMITTED, was " + action)
            .require(payloadDigest != null && payloadDigest.matches("[0-9a-f]{64}"), "payloadDigest",
                "must be a hex SHA-256 digest")
            .throwIfAny();
        subject = subject == null ? "" : subject;
        summary = summary == null ? "" : summary;
    }
}
