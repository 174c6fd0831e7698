package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** A policy the service decides, with its versions in date order. */
public record PolicyResponse(String id, String title, String timeZone, LocalDate startsOn, LocalDate endsOn,
                             PolicyStateKind initialState, List<PolicyVersionResponse> versions) {
}
