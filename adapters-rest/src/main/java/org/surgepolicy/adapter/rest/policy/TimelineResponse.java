package org.surgepolicy.adapter.rest.policy;

import java.time.Instant;
import java.util.List;

/** A policy's days over a range, as the data says now or said at {@code knownAt}. */
public record TimelineResponse(String policyId, Instant knownAt, List<TimelineDayResponse> days) {
}
