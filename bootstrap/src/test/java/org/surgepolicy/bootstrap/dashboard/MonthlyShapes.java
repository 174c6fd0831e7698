package org.surgepolicy.bootstrap.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Illustrative daily counts from real monthly totals: U.S. Border Patrol encounters at the southwest land border as
 * CBP published them ("Southwest Land Border Encounters", shared/data/sbo-encounters-fy22-fy25-aug.csv), each month's
 * total spread evenly over its days (the remainder on the first days), so that every month sums to the published
 * figure. They are not the counts of real days.
 */
final class MonthlyShapes {

    /** The published monthly totals, September 2024 to April 2025. */
    static final Map<YearMonth, Long> TOTALS = totals();

    private MonthlyShapes() {
    }

    private static Map<YearMonth, Long> totals() {
        Map<YearMonth, Long> totals = new LinkedHashMap<>();
        totals.put(YearMonth.of(2024, 9), 53_858L);
        totals.put(YearMonth.of(2024, 10), 56_520L);
        totals.put(YearMonth.of(2024, 11), 46_612L);
        totals.put(YearMonth.of(2024, 12), 47_324L);
        totals.put(YearMonth.of(2025, 1), 29_107L);
        totals.put(YearMonth.of(2025, 2), 8_353L);
        totals.put(YearMonth.of(2025, 3), 7_180L);
        totals.put(YearMonth.of(2025, 4), 8_377L);
        return totals;
    }

    /** The daily counts of every month, up to {@code last} included. */
    static Map<LocalDate, Long> dailyThrough(LocalDate last) {
        Map<LocalDate, Long> daily = new LinkedHashMap<>();
        TOTALS.forEach((month, total) -> {
            int days = month.lengthOfMonth();
            for (int day = 1; day <= days; day++) {
                LocalDate date = month.atDay(day);
                if (!date.isAfter(last)) {
                    daily.put(date, total / days + (day <= total % days ? 1 : 0));
                }
            }
        });
        return daily;
    }
}
