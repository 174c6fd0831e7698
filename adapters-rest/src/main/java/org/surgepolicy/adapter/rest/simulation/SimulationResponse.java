package org.surgepolicy.adapter.rest.simulation;

import java.util.List;
import org.surgepolicy.adapter.rest.policy.DeterminationResponse;
import org.surgepolicy.adapter.rest.policy.TimelineDayResponse;

/** The simulated days of the range and the determinations made in it, in the shapes of timeline and determinations. */
public record SimulationResponse(String policyId, List<TimelineDayResponse> days,
                                 List<DeterminationResponse> determinations) {
}
