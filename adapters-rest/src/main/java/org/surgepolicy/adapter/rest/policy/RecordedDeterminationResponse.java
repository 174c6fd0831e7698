package org.surgepolicy.adapter.rest.policy;

import java.time.Instant;

/** A determination as recorded when it was first made. */
public record RecordedDeterminationResponse(Instant recordedAt, DeterminationResponse determination) {
}
