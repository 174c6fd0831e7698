package org.surgepolicy.application.jobs.port.in;

import java.time.LocalDate;
import java.util.List;

/** Rebuild the daily aggregate from the tallies and compare it with the one the ledger maintains. */
public interface CheckAggregatesQuery {

    AggregateCheck check();

    /** A day whose maintained totals differ from the rebuilt ones (null: the day is missing on that side). */
    record DayMismatch(LocalDate date, String maintained, String rebuilt) {
    }

    /** The days compared, and every one that differs. */
    record AggregateCheck(int daysMaintained, int daysRebuilt, List<DayMismatch> mismatches) {
        public AggregateCheck {
            mismatches = List.copyOf(mismatches);
        }

        public boolean matches() {
            return mismatches.isEmpty();
        }
    }
}
