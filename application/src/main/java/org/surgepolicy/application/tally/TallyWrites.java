package org.surgepolicy.application.tally;

import java.util.List;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.tally.port.out.TallyLedger;

/**
 * Stores submissions whose rows are checked ({@link TallyLedger.Append}), several at once in one transaction: each keeps its own revisions and
 * audit entry, and the determinations that follow from all of them are recorded once, after the last.
 */
public interface TallyWrites {

    /** What a group stored: each submission's append, in the group's order, and what was recorded after them. */
    record Stored(List<TallyLedger.AppendResult> appends, DeterminationRecorder.Recorded recorded) {
        public Stored {
            appends = List.copyOf(appends);
        }
    }

    /** Stores every submission of {@code group}, or none of them. */
    Stored store(List<TallyLedger.Append> group);
}
