package org.surgepolicy.domain.tally;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The daily aggregates of a span of days: everything a counting rule needs, and which days are reported. */
public final class DailyAggregates {

    private static final DailyAggregates EMPTY = new DailyAggregates(new TreeMap<>());

    private final NavigableMap<LocalDate, DayAggregate> days;

    private DailyAggregates(NavigableMap<LocalDate, DayAggregate> days) {
        this.days = days;
    }

    public static DailyAggregates empty() {
        return EMPTY;
    }

    /** Sums the given tallies (one per key: the latest revisions) into their days and cells. */
    public static DailyAggregates of(Collection<Tally> tallies) {
        Map<LocalDate, Map<AggregateCell, Long>> sums = new HashMap<>();
        for (Tally tally : tallies) {
            sums.computeIfAbsent(tally.key().date(), d -> new HashMap<>())
                .merge(tally.key().cell(), tally.count(), Long::sum);
        }
        TreeMap<LocalDate, DayAggregate> days = new TreeMap<>();
        sums.forEach((date, cells) -> days.put(date, new DayAggregate(date, cells)));
        return new DailyAggregates(days);
    }

    /** Sums the latest revision of each key, whatever order the revisions are given in. */
    public static DailyAggregates ofRevisions(Collection<TallyRevision> revisions) {
        return of(LatestRevisions.of(revisions));
    }

    /** Wraps days aggregated elsewhere (a stored aggregate). */
    public static DailyAggregates ofDays(Collection<DayAggregate> aggregates) {
        TreeMap<LocalDate, DayAggregate> days = new TreeMap<>();
        for (DayAggregate day : aggregates) {
            if (days.put(day.date(), day) != null) {
                throw new IllegalArgumentException("two aggregates for " + day.date());
            }
        }
        return new DailyAggregates(days);
    }

    /** These aggregates with the given days added or replaced. */
    public DailyAggregates withDays(Collection<DayAggregate> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        TreeMap<LocalDate, DayAggregate> copy = new TreeMap<>(days);
        changed.forEach(day -> copy.put(day.date(), day));
        return new DailyAggregates(copy);
    }

    public int size() {
        return days.size();
    }

    public boolean isReported(LocalDate date) {
        return days.containsKey(date);
    }

    public Optional<DayAggregate> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The sum of the selected cells on a day, or empty when the day is missing. */
    public Optional<Long> sum(LocalDate date, Predicate<AggregateCell> selected) {
        DayAggregate day = days.get(date);
        return day == null ? Optional.empty() : Optional.of(day.sum(selected));
    }

    /** The newest reported day on or before {@code notAfter}. */
    public Optional<LocalDate> newestDay(LocalDate notAfter) {
        return Optional.ofNullable(days.floorKey(notAfter));
    }

    public Optional<LocalDate> newestDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.lastKey());
    }

    public Collection<DayAggregate> days() {
        return days.values();
    }

    /** The days from {@code from} to {@code to}, both included. */
    public DailyAggregates between(LocalDate from, LocalDate to) {
        return new DailyAggregates(new TreeMap<>(days.subMap(from, true, to, true)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyAggregates other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "DailyAggregates" + days.values();
    }
}
