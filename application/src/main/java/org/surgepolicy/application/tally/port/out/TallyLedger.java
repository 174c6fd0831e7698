package org.surgepolicy.application.tally.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.DayAggregate;
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
     *
     * @throws Busy when the ledger's lock is not had within the wait the adapter allows an append
     */
    AppendResult append(List<Tally> tallies, String recordedBy, String source);

    /**
     * An append that could not have the ledger's lock within the wait allowed to it, because another change
     * held it for longer (the publish of a large import holds it until it commits). Nothing of the append was done:
     * its transaction must be rolled back, and the same append can be made again.
     */
    final class Busy extends RuntimeException {

        public Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }

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
     * The daily aggregate computed from the revisions recorded up to {@code knownAt}, each one's change (its count
     * less its key's previous count) summed per day and cell in one pass (slower than the maintained aggregate;
     * exact). Waits, if it must, for a transaction that is committing at that instant, so that the answer is final.
     */
    DailyAggregates aggregatesKnownAt(LocalDate from, LocalDate to, Instant knownAt);

    /**
     * The daily aggregate rebuilt from all the revisions by summing the latest revision of each key (slower than
     * {@link #compareAggregates()}: it groups the revisions by key).
     */
    DailyAggregates rebuildAggregates(LocalDate from, LocalDate to);

    /**
     * Compares the maintained daily aggregate with the one summed from all the revisions in one pass: each revision
     * adds its count less its key's previous count to its day's cell, which sums to the latest counts when every
     * revision's previous count is the count of its key's revision before it (see {@link #brokenChains(int)}).
     */
    AggregateComparison compareAggregates();

    /**
     * The maintained aggregate beside the one summed from the revisions.
     *
     * @param daysMaintained the days the maintained aggregate has
     * @param daysRebuilt    the days the revisions sum to
     * @param maintained     the maintained aggregate of the days on which the two differ (a day it lacks is absent)
     * @param rebuilt        the summed aggregate of those days (a day it lacks is absent)
     */
    record AggregateComparison(int daysMaintained, int daysRebuilt, DailyAggregates maintained,
                               DailyAggregates rebuilt) {

        /** Compares two whole aggregates, day by day. */
        public static AggregateComparison of(DailyAggregates maintained, DailyAggregates rebuilt) {
            List<DayAggregate> maintainedDiffering = new ArrayList<>();
            List<DayAggregate> rebuiltDiffering = new ArrayList<>();
            for (DayAggregate day : maintained.days()) {
                if (!rebuilt.day(day.date()).equals(Optional.of(day))) {
                    maintainedDiffering.add(day);
                    rebuilt.day(day.date()).ifPresent(rebuiltDiffering::add);
                }
            }
            rebuilt.days().stream().filter(day -> !maintained.isReported(day.date())).forEach(rebuiltDiffering::add);
            return new AggregateComparison(maintained.size(), rebuilt.size(),
                DailyAggregates.ofDays(maintainedDiffering), DailyAggregates.ofDays(rebuiltDiffering));
        }

        /** The days on which the two differ, in order. */
        public List<LocalDate> differingDays() {
            TreeSet<LocalDate> days = new TreeSet<>();
            maintained.days().forEach(day -> days.add(day.date()));
            rebuilt.days().forEach(day -> days.add(day.date()));
            return List.copyOf(days);
        }
    }

    /**
     * The revisions whose previous count is not the count of their key's revision before it in recording order (or
     * not null for a key's first revision): the first {@code limit} of them in recording order, and how many there
     * are in all. None when the ledger's revisions form one chain per key, as every append writes them. It sorts all
     * the revisions by key, so it is the deep check, not the nightly one.
     *
     * @param limit how many revisions to name, at least 1
     */
    BrokenChains brokenChains(int limit);

    /**
     * What the deep check found.
     *
     * @param first the ids of the first revisions whose chain is broken, in recording order, as many as were asked for
     *              at most
     * @param count how many revisions have a broken chain in all
     */
    record BrokenChains(List<Long> first, long count) {
        public BrokenChains {
            first = List.copyOf(first);
            if (count < first.size()) {
                throw new IllegalArgumentException("count " + count + " is less than the " + first.size() + " named");
            }
        }

        /** No revision found: each key's revisions form one chain. */
        public static BrokenChains none() {
            return new BrokenChains(List.of(), 0);
        }
    }

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
