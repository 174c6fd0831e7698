package org.surgepolicy.adapter.rest.simulation;

import java.util.List;

/** What each combination of a sweep yields over the stored history, in the order of the combinations. */
public record SweepResponse(String policyId, int combinations, List<SweepOutcomeResponse> outcomes) {
}
