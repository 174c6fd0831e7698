package org.surgepolicy.domain.tally;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One recorded value of a tally. Revisions are never overwritten; the latest by recording order counts.
 *
 * @param sequence the ledger's recording order, which breaks ties between revisions recorded at the same instant
 */
public record TallyRevision(Tally tally, Instant recordedAt, String recordedBy, String source, long sequence) {

    /** Recording order: by instant, then by sequence. */
    public static final Comparator<TallyRevision> RECORDING_ORDER =
        Comparator.comparing(TallyRevision::recordedAt).thenComparingLong(TallyRevision::sequence);

    public TallyRevision {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(source, "source");
    }

    public TallyKey key() {
        return tally.key();
    }
}
