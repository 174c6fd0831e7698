package org.surgepolicy.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import org.surgepolicy.domain.validation.Violations;

/**
 * An authorised person's decision to activate a policy whose discretionary trigger made activation available. It
 * acts inside the rule: on {@code decidedOn}, if the discretionary finding it cites still stands, the policy is in
 * effect from the next day (the version's activation delay later); otherwise it has no effect, and the timeline says
 * why.
 *
 * @param id                the ledger's id (0 for one not yet stored)
 * @param determinationDate the date of the discretionary determination it cites
 * @param decidedOn         the day it was made, in the policy's time zone
 * @param recordedAt        when it was recorded: of two decisions of one day, the earlier recorded acts
 */
public record ActivationDecision(long id, LocalDate determinationDate, LocalDate decidedOn, String reason,
                                 String authority, Instant recordedAt, String recordedBy) {

    public ActivationDecision {
        Violations v = new Violations()
            .requireNonNull(determinationDate, "determinationDate")
            .requireNonNull(decidedOn, "decidedOn")
            .require(reason != null && !reason.isBlank(), "reason", "is required")
            .require(authority != null && !authority.isBlank(), "authority", "is required")
            .requireNonNull(recordedAt, "recordedAt")
            .require(recordedBy != null && !recordedBy.isBlank(), "recordedBy", "is required");
        if (determinationDate != null && decidedOn != null) {
            v.require(!decidedOn.isBefore(determinationDate), "decidedOn", decidedOn + " is before the determination"
                + " of " + determinationDate + " it cites");
        }
        v.throwIfAny();
    }
}
