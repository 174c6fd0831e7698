package org.surgepolicy.domain.tally;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The totals of one reported day, one per aggregate cell. A day with any tally, zero counts included, is reported;
 * a day without an aggregate is missing.
 */
public record DayAggregate(LocalDate date, Map<AggregateCell, Long> totals) {

    public DayAggregate {
        Objects.requireNonNull(date, "date");
        totals = Map.copyOf(totals);
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("a reported day has at least one cell: " + date);
        }
        totals.forEach((cell, total) -> {
            if (total < 0) {
                throw new IllegalArgumentException("negative total " + total + " for " + cell + " on " + date);
            }
        });
    }

    /** The sum of the cells that {@code selected} accepts. */
    public long sum(java.util.function.Predicate<AggregateCell> selected) {
        long sum = 0;
        for (Map.Entry<AggregateCell, Long> e : totals.entrySet()) {
            if (selected.test(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
