package org.surgepolicy.application.policy.port.in;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.rule.Determination;

/** The determinations the data yields (now, or as known at an instant), oldest first, with their evidence. */
public interface GetDeterminationsQuery {

    /** NotFound when the policy is unknown. */
    Outcome<List<Determination>> determinations(Query query);

    record Query(String policyId, Instant knownAt) {
    }
}
