package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** A policy's days from its start to the day evaluated through (or its end date), with every determination. */
public record Timeline(PolicyDefinition definition, List<TimelineDay> days) {

    public Timeline {
        days = List.copyOf(days);
    }

    public List<Determination> determinations() {
        return days.stream().map(TimelineDay::determination).filter(d -> d != null).toList();
    }

    public List<PolicyEvent> events() {
        return days.stream().flatMap(d -> d.events().stream()).toList();
    }

    public Optional<TimelineDay> day(LocalDate date) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        long index = date.toEpochDay() - days.getFirst().date().toEpochDay();
        return index < 0 || index >= days.size() ? Optional.empty() : Optional.of(days.get((int) index));
    }

    /**
     * The days from {@code from} to {@code to}, both included, that the timeline has: a view of its days (they follow
     * each other, one per date), found by their dates' distance from the first.
     */
    public List<TimelineDay> between(LocalDate from, LocalDate to) {
        if (days.isEmpty() || from.isAfter(to)) {
            return List.of();
        }
        long first = days.getFirst().date().toEpochDay();
        long start = Math.max(0, from.toEpochDay() - first);
        long end = Math.min(days.size(), to.toEpochDay() - first + 1);
        return start >= end ? List.of() : days.subList((int) start, (int) end);
    }

    public Optional<TimelineDay> last() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.getLast());
    }
}
