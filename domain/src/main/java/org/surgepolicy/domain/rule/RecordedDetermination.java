package org.surgepolicy.domain.rule;

import java.time.Instant;
import java.util.Objects;

/** A determination as the system recorded it when it first made it; kept for ever. */
public record RecordedDetermination(String policyId, Determination determination, Instant recordedAt) {

    public RecordedDetermination {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(determination, "determination");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
