package org.surgepolicy.application.jobs.port.in;

import java.util.List;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.RecordedRestatement;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Timeline;

/**
 * Recompute every policy's timeline from all the data, recording the determinations it makes for the first time and
 * the restatements it detects for the first time.
 */
public interface RecomputePoliciesUseCase {

    List<Recomputation> recompute();

    /**
     * One policy's recomputed timeline, the determinations recorded by this run, the restatements found, and those of
     * them detected by this run for the first time.
     */
    record Recomputation(String policyId, Timeline timeline, List<Determination> newlyRecorded,
                         List<Restatement> restatements, List<RecordedRestatement> newRestatements) {
    }
}
