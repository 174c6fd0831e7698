package org.surgepolicy.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import org.surgepolicy.domain.validation.Violations;

/**
 * A state forced by an authorised person (a court order, say) over a range of days. The rule keeps computing
 * underneath; the effective state is the override's while it lasts.
 *
 * @param id         the ledger's id (0 for one not yet stored)
 * @param to         the last day it applies, or null when it has no end
 * @param recordedAt when it was recorded: of two overrides covering one day, the later recorded wins
 */
public record PolicyOverride(long id, PolicyStateKind state, LocalDate from, LocalDate to, String reason,
                             String authority, Instant recordedAt, String recordedBy) {

    public PolicyOverride {
        Violations v = new Violations()
            .requireNonNull(state, "state")
            .require(state != PolicyStateKind.DISCONTINUATION_PENDING, "state",
                "must be IN_EFFECT or DISCONTINUED")
            .requireNonNull(from, "from")
            .require(reason != null && !reason.isBlank(), "reason", "is required")
            .require(authority != null && !authority.isBlank(), "authority", "is required")
            .requireNonNull(recordedAt, "recordedAt")
            .require(recordedBy != null && !recordedBy.isBlank(), "recordedBy", "is required");
        if (from != null && to != null) {
            v.require(!to.isBefore(from), "to", to + " is before from " + from);
        }
        v.throwIfAny();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
