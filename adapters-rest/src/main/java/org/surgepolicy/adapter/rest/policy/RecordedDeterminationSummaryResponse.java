package org.surgepolicy.adapter.rest.policy;

import java.time.Instant;

/** A determination as recorded when it was first made, without its evidence. */
public record RecordedDeterminationSummaryResponse(Instant recordedAt, DeterminationSummaryResponse determination) {
}
