package org.surgepolicy.application.port.out;

import java.time.Instant;

/** Publishes an import's staged daily rows into the tally ledger, set-based, exactly as {@link TallyLedger#append}. */
public interface StagedTallyLedger {

    /**
     * In the caller's transaction and under the ledger's lock: every staged row whose count differs from the latest
     * revision of its key (or whose key is new) becomes a new revision, and the latest counts, the daily aggregate and
     * the ledger's version move as an append moves them; rows equal to their latest revision are no-ops.
     */
    TallyLedger.AppendResult publish(long importId, Instant recordedAt, String recordedBy, String source);
}
