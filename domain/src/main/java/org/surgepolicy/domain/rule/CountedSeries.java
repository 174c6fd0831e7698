package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One counting rule's counted encounters over a span of days, indexed from an origin day, with prefix sums so that
 * any window's sum is found in constant time. Missing days are marked, never taken as zero.
 */
public final class CountedSeries {

    /** The mark of a missing day in {@link #count(int)}, and of an undefined window in {@link #windowSum}. */
    public static final long MISSING = -1;

    private final long originDay;
    private final long[] counts;
    private final long[] prefixSums;
    private final int[] prefixMissing;

    CountedSeries(long originDay, long[] counts) {
        this.originDay = originDay;
        this.counts = counts;
        this.prefixSums = new long[counts.length + 1];
        this.prefixMissing = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            boolean missing = counts[i] == MISSING;
            prefixSums[i + 1] = prefixSums[i] + (missing ? 0 : counts[i]);
            prefixMissing[i + 1] = prefixMissing[i] + (missing ? 1 : 0);
        }
    }

    public int length() {
        return counts.length;
    }

    public LocalDate date(int index) {
        return LocalDate.ofEpochDay(originDay + index);
    }

    public int index(LocalDate date) {
        return Math.toIntExact(date.toEpochDay() - originDay);
    }

    /** The counted encounters on a day, or {@link #MISSING}. */
    public long count(int index) {
        return index < 0 || index >= counts.length ? MISSING : counts[index];
    }

    /**
     * The sum of the {@code window} days ending at {@code end}, or {@link #MISSING} when any of them is missing (or
     * lies outside the series).
     */
    public long windowSum(int end, int window) {
        int start = end - window + 1;
        if (start < 0 || end >= counts.length) {
            return MISSING;
        }
        if (prefixMissing[end + 1] - prefixMissing[start] > 0) {
            return MISSING;
        }
        return prefixSums[end + 1] - prefixSums[start];
    }

    /** The average of the window ending at {@code end}, or null when it is undefined. */
    public WindowAverage average(int end, int window) {
        long sum = windowSum(end, window);
        return sum == MISSING ? null : new WindowAverage(date(end - window + 1), date(end), sum, window);
    }

    /** The days of the window ending at {@code end} that are missing, oldest first. */
    public List<LocalDate> missingDays(int end, int window) {
        List<LocalDate> missing = new ArrayList<>();
        int start = end - window + 1;
        if (start >= 0 && end < counts.length && prefixMissing[end + 1] - prefixMissing[start] == 0) {
            return missing;
        }
        for (int i = start; i <= end; i++) {
            if (count(i) == MISSING) {
                missing.add(date(i));
            }
        }
        return missing;
    }

    /** The window ending at {@code end} as evidence: every day's count. */
    public EvidenceWindow evidence(int end, int window) {
        WindowAverage average = average(end, window);
        if (average == null) {
            throw new IllegalStateException("no evidence from an incomplete window ending " + date(end));
        }
        List<DailyCount> days = new ArrayList<>(window);
        for (int i = end - window + 1; i <= end; i++) {
            days.add(new DailyCount(date(i), counts[i]));
        }
        return new EvidenceWindow(average, days);
    }

    /** The sum of the window ending on each day, or {@link #MISSING}. */
    long[] windowSums(int window) {
        long[] sums = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            sums[i] = windowSum(i, window);
        }
        return sums;
    }

    /**
     * For each day, how many consecutive days up to and including it have a defined average below the threshold
     * ({@code sum < limitSum}).
     */
    int[] runsBelow(int window, long limitSum) {
        int[] runs = new int[counts.length];
        int run = 0;
        for (int i = 0; i < counts.length; i++) {
            long sum = windowSum(i, window);
            run = sum != MISSING && sum < limitSum ? run + 1 : 0;
            runs[i] = run;
        }
        return runs;
    }
}
