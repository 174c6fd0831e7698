package org.surgepolicy.application.tally;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.tally.port.out.TallyLedger;

/**
 * Stores a group of submissions in one transaction: appends them all (under the ledger's lock, held until the commit),
 * audits each that stored anything, then evaluates every policy once on the data after
 * the last and records the determinations not recorded before.
 */
public final class TransactionalTallyWrites implements TallyWrites {

    private final TallyLedger ledger;
    private final DeterminationRecorder recorder;
    private final Auditor auditor;

    public TransactionalTallyWrites(TallyLedger ledger, DeterminationRecorder recorder, Auditor auditor) {
        this.ledger = ledger;
        this.recorder = recorder;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Stored store(List<TallyLedger.Append> group) {
        List<TallyLedger.AppendResult> appends = ledger.appendAll(group);
        for (int i = 0; i < group.size(); i++) {
            TallyLedger.Append submission = group.get(i);
            if (appends.get(i).stored() > 0) {
                auditor.talliesSubmitted(submission.recordedBy(), submission.source(), submission.tallies(),
                    appends.get(i).stored());
            }
        }
        return new Stored(appends, recorder.recordAll());
    }
}
