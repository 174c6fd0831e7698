package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/** Days in words: runs of consecutive days as ranges ("2024-06-01 to 2024-06-03, 2024-06-07"). */
final class DayRanges {

    private DayRanges() {
    }

    static String of(Collection<LocalDate> days) {
        StringBuilder text = new StringBuilder();
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (previous != null && !day.equals(previous.plusDays(1))) {
                append(text, start, previous);
                start = day;
            }
            start = start == null ? day : start;
            previous = day;
        }
        if (start != null) {
            append(text, start, previous);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, LocalDate from, LocalDate to) {
        text.append(text.isEmpty() ? "" : ", ").append(from.equals(to) ? from.toString() : from + " to " + to);
    }
}
