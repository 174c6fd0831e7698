package org.surgepolicy.application.jobs.port.in;

import java.util.List;

/**
 * Checks the tally ledger both ways: the nightly one-pass comparison of the maintained daily aggregate with the
 * revisions ({@link CheckAggregatesQuery}), and the deep check that each revision's previous count is its key's count
 * one revision before, on which the first relies. Slow (the deep check sorts every revision), so it is run on demand.
 */
public interface CheckLedgerQuery {

    /**
     * Runs both checks.
     *
     * @param revisionsNamed how many of the revisions with a broken chain to name, at least 1 (all are counted)
     */
    LedgerCheck check(int revisionsNamed);

    /**
     * What the two checks found.
     *
     * @param aggregates      the one-pass check: the days compared and each day that differs
     * @param brokenRevisions the ids of the first revisions whose previous count is not their key's count one revision
     *                        before (or is not null for a key's first revision), in recording order
     * @param brokenCount     how many such revisions there are in all
     */
    record LedgerCheck(CheckAggregatesQuery.AggregateCheck aggregates, List<Long> brokenRevisions, long brokenCount) {
        public LedgerCheck {
            brokenRevisions = List.copyOf(brokenRevisions);
        }

        /** Whether both checks found nothing. */
        public boolean consistent() {
            return aggregates.matches() && brokenCount == 0;
        }
    }
}
