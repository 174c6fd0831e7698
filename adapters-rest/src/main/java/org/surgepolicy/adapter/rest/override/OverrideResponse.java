package org.surgepolicy.adapter.rest.override;

import java.time.Instant;
import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** A recorded override. */
public record OverrideResponse(long id, PolicyStateKind state, LocalDate from, LocalDate to, String reason,
                               String authority, Instant recordedAt, String recordedBy) {
}
