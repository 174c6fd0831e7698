package org.surgepolicy.bootstrap.benchmark;

import java.util.Arrays;

/** A benchmark's timings in milliseconds, as a row of a Markdown table: how many, median, 99th percentile, maximum. */
final class Latencies {

    private Latencies() {
    }

    static String row(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("| %s | %d | %.1f | %.1f | %.1f |", name, sorted.length, percentile(sorted, 0.50),
            percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
