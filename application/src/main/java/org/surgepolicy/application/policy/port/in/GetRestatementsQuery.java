package org.surgepolicy.application.policy.port.in;

import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;

/** The determinations as first recorded beside those today's data yields, and every difference. */
public interface GetRestatementsQuery {

    /** NotFound when the policy is unknown. */
    Outcome<Restatements> restatements(String policyId);

    record Restatements(String policyId, List<RecordedDetermination> recorded, List<Determination> current,
                        List<Restatement> differences) {

        /** How many were first recorded, how many the data yields now, and how many differ, by kind. */
        public org.surgepolicy.domain.rule.Restatements.Counts counts() {
            return org.surgepolicy.domain.rule.Restatements.count(recorded, current, differences);
        }
    }
}
