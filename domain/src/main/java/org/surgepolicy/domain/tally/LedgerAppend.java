package org.surgepolicy.domain.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ledger's append rule, written once for every way of appending (a submission row by row, an import's staged rows
 * set-based): in list order, a tally whose count differs from its key's latest count, or whose key has none, becomes
 * the next revision and moves its key's latest count, and its day's cell by the difference; a tally equal to its key's
 * latest count is a no-op. A key given twice gets two revisions if the counts differ.
 */
public final class LedgerAppend {

    private LedgerAppend() {
    }

    /**
     * A tally that becomes a revision.
     *
     * @param id       its number: one after the ledger's last, in list order
     * @param previous the count its key had just before it, or null for a key that had none
     */
    public record Revision(long id, Tally tally, Long previous) {

        /** How much it moves its key's count, and its day's cell. */
        public long delta() {
            return tally.count() - (previous == null ? 0 : previous);
        }
    }

    /** A day's aggregate cell. */
    public record DayCell(LocalDate date, AggregateCell cell) {
    }

    /**
     * What an append does.
     *
     * @param revisions the new revisions, in order
     * @param added     the tallies of keys that had no count (each a revision)
     * @param unchanged the tallies equal to their key's latest count
     */
    public record Outcome(List<Revision> revisions, int added, int unchanged) {

        public Outcome {
            revisions = List.copyOf(revisions);
        }

        /** The tallies that changed the count of a key that had one. */
        public int revised() {
            return revisions.size() - added;
        }

        /** Each key's last new revision, in the order the keys first changed. */
        public Map<TallyKey, Revision> latest() {
            Map<TallyKey, Revision> latest = new LinkedHashMap<>();
            revisions.forEach(revision -> latest.put(revision.tally().key(), revision));
            return latest;
        }

        /**
         * How much each day's cell moves, summed over its keys; a cell that a changed key falls in is present even
         * when its sum is 0 (a new key with a count of 0 still makes its day reported).
         */
        public Map<DayCell, Long> cellDeltas() {
            Map<DayCell, Long> deltas = new LinkedHashMap<>();
            revisions.forEach(revision -> deltas.merge(new DayCell(revision.tally().key().date(),
                revision.tally().key().cell()), revision.delta(), Long::sum));
            return deltas;
        }
    }

    /**
     * Appends {@code tallies} to a ledger whose latest counts {@code latest} gives (null for a key without one) and
     * whose last revision is {@code lastRevisionId}.
     */
    public static Outcome of(List<Tally> tallies, Function<TallyKey, Long> latest, long lastRevisionId) {
        Map<TallyKey, Long> counts = new LinkedHashMap<>();
        List<Revision> revisions = new ArrayList<>();
        long id = lastRevisionId;
        int added = 0;
        for (Tally tally : tallies) {
            TallyKey key = tally.key();
            Long current = counts.containsKey(key) ? counts.get(key) : latest.apply(key);
            if (current == null) {
                added++;
            }
            if (current == null || current != tally.count()) {
                revisions.add(new Revision(++id, tally, current));
                counts.put(key, tally.count());
            }
        }
        return new Outcome(revisions, added, tallies.size() - revisions.size());
    }
}
