package org.surgepolicy.application.tally.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * The append-only ledger of tally revisions, with the daily aggregate that the counting rules read, kept up to date
 * in the same transaction as the revisions.
 */
public interface TallyLedger {

    /**
     * What an append did: tallies of keys never reported before (stored as their first revision), tallies that changed
     * the count of a key (stored as a new revision), and tallies equal to their latest revision (no-ops).
     */
    record AppendResult(int added, int revised, int unchanged) {

        /** The tallies stored: new keys and changed counts. */
        public int stored() {
            return added + revised;
        }
    }

    /**
     * Stores each tally whose count differs from the latest revision of its key (or whose key is new) as a new
     * revision, and updates the daily aggregate to match, in the caller's transaction. The revisions are recorded at
     * the instant that transaction commits (when they become visible), so that an answer as known at an instant never
     * changes afterwards. Concurrent appends to the same keys are serialised, so that every revision is kept and the
     * latest in recording order wins.
     */
    AppendResult append(List<Tally> tallies, String recordedBy, String source);

    /** One of several appends made together: its tallies, who sends them and where they come from. */
    record Append(List<Tally> tallies, String recordedBy, String source) {
        public Append {
            tallies = List.copyOf(tallies);
        }
    }

    /**
     * Makes the appends one after the other, as {@link #append} would, in the caller's transaction, and answers what
     * each did. An adapter may do them at once (one lock, one write of each kind, one version of the ledger), as long
     * as the outcome is the same as one after the other.
     */
    default List<AppendResult> appendAll(List<Append> appends) {
        return appends.stream().map(a -> append(a.tallies(), a.recordedBy(), a.source())).toList();
    }

    /** The daily aggregate of the days from {@code from} to {@code to}, as maintained. */
    DailyAggregates aggregates(LocalDate from, LocalDate to);

    /** The aggregates of the given days, as maintained. */
    DailyAggregates aggregates(Collection<LocalDate> days);

    /**
     * The daily aggregate computed from the revisions recorded up to {@code knownAt} (slower; exact). Waits, if it
     * must, for a transaction that is committing at that instant, so that the answer is final.
     */
    DailyAggregates aggregatesKnownAt(LocalDate from, LocalDate to, Instant knownAt);

    /** The daily aggregate rebuilt from all the revisions, for checking the maintained one. */
    DailyAggregates rebuildAggregates(LocalDate from, LocalDate to);

    /** Replaces the maintained aggregate with one rebuilt from the revisions; returns the days rebuilt. */
    int rebuildMaintainedAggregates();

    /**
     * A number that grows with every stored revision: equal numbers mean equal data. Cheap to read, so that callers
     * can cache what they compute from the data.
     */
    long version();

    /** The days whose aggregate changed after the ledger was at {@code version}. */
    List<LocalDate> daysChangedSince(long version);

    /** The newest reported day, if any. */
    Optional<LocalDate> newestDay();

    /** Which revisions a tally query returns. */
    record TallyQuery(LocalDate date, String area, Instant knownAt, boolean history) {
    }

    /**
     * The revisions of one day (and area, if given): the latest of each key as known at {@code knownAt} (or now),
     * or with {@code history} every revision up to then, in recording order.
     */
    List<TallyRevision> revisions(TallyQuery query);
}
