package org.surgepolicy.adapter.rest.policy;

import org.surgepolicy.domain.policy.CancellationThreshold;

/** A version's rule parameters, under the names that simulations and sweeps take. */
public record RuleParametersResponse(int window, long activationThreshold, long discontinuationThreshold,
                                     int consecutiveDays, int activationDelay, int discontinuationDelay,
                                     int determinationLag, CancellationThreshold cancelPendingOn) {
}
