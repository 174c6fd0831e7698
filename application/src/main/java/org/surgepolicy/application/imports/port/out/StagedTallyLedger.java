package org.surgepolicy.application.imports.port.out;

import org.surgepolicy.application.tally.port.out.TallyLedger;

/** Publishes an import's staged daily rows into the tally ledger, set-based, exactly as {@link TallyLedger#append}. */
public interface StagedTallyLedger {

    /**
     * In the caller's transaction and under the ledger's lock: every staged row whose count differs from the latest
     * revision of its key (or whose key is new) becomes a new revision, and the latest counts, the daily aggregate and
     * the ledger's version move as an append moves them; rows equal to their latest revision are no-ops. The revisions
     * are recorded at the instant the transaction commits, as an append's are. The import's staged rows are removed
     * (at the latest as the transaction commits).
     */
    TallyLedger.AppendResult publish(long importId, String recordedBy, String source);
}
