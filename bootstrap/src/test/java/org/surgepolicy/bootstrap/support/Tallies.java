package org.surgepolicy.bootstrap.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Submissions of daily tallies as the API takes them: one counted row a day (Border Patrol, Rio Grande Valley). */
public final class Tallies {

    private Tallies() {
    }

    /** A submission of {@code counts} per day, each day's row under the same key, from {@code source}. */
    public static String submission(String source, Map<LocalDate, Long> counts) {
        List<String> rows = new ArrayList<>();
        counts.forEach((day, count) -> rows.add(row(day, "RGV", count)));
        return body(source, rows);
    }

    /** The same count on every day from {@code from} to {@code to}, both included. */
    public static Map<LocalDate, Long> daily(LocalDate from, LocalDate to, long count) {
        return from.datesUntil(to.plusDays(1)).collect(Collectors.toMap(d -> d, d -> count, (a, b) -> a,
            java.util.TreeMap::new));
    }

    public static String row(LocalDate day, String area, long count) {
        return """
            {"date": "%s", "component": "USBP", "area": "%s", "demographic": "SINGLE_ADULTS",
             "citizenship": "MEXICO", "encounterType": "APPREHENSIONS", "count": %d}""".formatted(day, area, count);
    }

    public static String body(String source, List<String> rows) {
        return "{\"source\": \"" + source + "\", \"tallies\": [" + String.join(",\n", rows) + "]}";
    }
}
