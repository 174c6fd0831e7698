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

    /** The days from {@code from} to {@code to}, both included, that the timeline has. */
    public List<TimelineDay> between(LocalDate from, LocalDate to) {
        return days.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
    }

    public Optional<TimelineDay> last() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.getLast());
    }
}
