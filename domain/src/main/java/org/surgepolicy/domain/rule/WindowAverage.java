package org.surgepolicy.domain.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The average of a window of reported days, kept as its exact sum and day count; {@link #average()} is for display
 * only, since every decision compares sums.
 */
public record WindowAverage(LocalDate from, LocalDate to, long sum, int days) {

    /** The decimal places an average is shown with. */
    public static final int SCALE = 4;

    public BigDecimal average() {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_EVEN);
    }

    /** Whether the average is at least {@code threshold}, compared exactly as {@code sum >= threshold * days}. */
    public boolean atLeast(long threshold) {
        return sum >= threshold * days;
    }

    /** Whether the average is below {@code threshold}, compared exactly as {@code sum < threshold * days}. */
    public boolean below(long threshold) {
        return sum < threshold * days;
    }
}
