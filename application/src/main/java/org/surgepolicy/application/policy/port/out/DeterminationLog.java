package org.surgepolicy.application.policy.port.out;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.RecordedDetermination;

/** The determinations as the system first made them: append-only, kept for ever, at most one per date and type. */
public interface DeterminationLog {

    /**
     * Records, in the caller's transaction, those of the determinations not yet recorded for the policy (by date and
     * type), at the instant that transaction commits; safe under concurrent calls. Returns the ones recorded now.
     */
    List<Determination> recordNew(String policyId, List<Determination> determinations);

    /**
     * Every determination recorded for the policy up to {@code knownAt} (all when null), oldest first; as known at an
     * instant, the answer is final.
     */
    List<RecordedDetermination> recorded(String policyId, Instant knownAt);
}
