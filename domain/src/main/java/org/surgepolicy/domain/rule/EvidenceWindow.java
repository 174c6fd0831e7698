package org.surgepolicy.domain.rule;

import java.util.List;

/** One window a determination looked at: its days, each day's counted encounters, their sum and average. */
public record EvidenceWindow(WindowAverage average, List<DailyCount> dailyCounts) {

    public EvidenceWindow {
        dailyCounts = List.copyOf(dailyCounts);
        if (dailyCounts.size() != average.days()
            || dailyCounts.stream().mapToLong(DailyCount::count).sum() != average.sum()) {
            throw new IllegalArgumentException("the daily counts do not add up to the window's sum: " + average);
        }
    }
}
