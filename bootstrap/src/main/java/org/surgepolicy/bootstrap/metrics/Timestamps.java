package org.surgepolicy.bootstrap.metrics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants and dates as the values of timestamp gauges: Unix seconds, NaN for none. A calendar date is the Unix time
 * of its midnight UTC, so that a rule's template, which formats times in UTC, shows the policy's date unchanged
 * whatever the policy's zone.
 */
final class Timestamps {

    static final String SECONDS = "seconds";

    private static final double SECONDS_PER_DAY = 86_400;

    private Timestamps() {
    }

    static double of(Instant instant) {
        return instant == null ? Double.NaN : instant.toEpochMilli() / 1_000.0;
    }

    static double of(LocalDate date) {
        return date == null ? Double.NaN : date.toEpochDay() * SECONDS_PER_DAY;
    }
}
