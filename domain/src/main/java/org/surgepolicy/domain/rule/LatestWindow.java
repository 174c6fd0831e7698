package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The window that ends on the newest reported day, under the version in force: its days, those of them that are
 * missing, and its average when none is.
 *
 * @param missingDays the days of the window without any tally, oldest first
 * @param average     the window's average, or null when a day is missing
 */
public record LatestWindow(LocalDate from, LocalDate to, List<LocalDate> missingDays, WindowAverage average) {

    public LatestWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        missingDays = List.copyOf(missingDays);
        if (missingDays.isEmpty() == (average == null)) {
            throw new IllegalArgumentException("a window from " + from + " to " + to
                + " has an average exactly when none of its days is missing");
        }
    }

    public boolean complete() {
        return average != null;
    }

    /** The window of {@code window} days ending at index {@code end} of a series. */
    static LatestWindow of(CountedSeries series, int end, int window) {
        return new LatestWindow(series.date(end - window + 1), series.date(end), series.missingDays(end, window),
            series.average(end, window));
    }
}
