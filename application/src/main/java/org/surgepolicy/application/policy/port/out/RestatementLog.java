package org.surgepolicy.application.policy.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.rule.RecordedRestatement;
import org.surgepolicy.domain.rule.Restatement;

/** Every restatement, kept from the moment it was first detected: append-only. */
public interface RestatementLog {

    /**
     * Records those of the restatements never detected before (by policy, date, type, kind and description), at
     * {@code detectedAt}; safe under concurrent calls. Returns the ones recorded now.
     */
    List<RecordedRestatement> recordNew(String policyId, List<Restatement> restatements, Instant detectedAt);

    /** Every restatement recorded for the policy, in detection order. */
    List<RecordedRestatement> recorded(String policyId);
}
