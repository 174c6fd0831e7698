package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.tally.CellSelection;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The counted series of every counting rule a definition uses, over the days an evaluation looks at. Built once, it
 * serves any number of runs with other parameters (simulations, sweeps); the runs below a threshold are cached.
 */
public final class CountedData {

    private final long originDay;
    private final long lastDay;
    private final Map<CountingRule, CountedSeries> series;
    private final Map<RunKey, int[]> runs = new ConcurrentHashMap<>();
    private final Map<SumKey, long[]> windowSums = new ConcurrentHashMap<>();

    private record RunKey(CountedSeries series, int window, long limitSum) {
    }

    private record SumKey(CountedSeries series, int window) {
    }

    private CountedData(long originDay, long lastDay, Map<CountingRule, CountedSeries> series) {
        this.originDay = originDay;
        this.lastDay = lastDay;
        this.series = series;
    }

    /**
     * Counts the data for every rule of the definition, from {@code lookBack} days before the policy starts to
     * {@code lastDay}.
     *
     * @param replacements counted totals that replace a day's data under every rule (simulations); may be empty
     */
    public static CountedData of(PolicyDefinition definition, DailyAggregates data, Map<LocalDate, Long> replacements,
                                 int lookBack, LocalDate lastDay) {
        long origin = definition.startsOn().toEpochDay() - lookBack;
        long last = Math.max(lastDay.toEpochDay(), origin);
        int length = Math.toIntExact(last - origin + 1);
        Map<CountingRule, CountedSeries> series = new HashMap<>();
        for (PolicyVersion version : definition.versions()) {
            series.computeIfAbsent(version.countingRule(), rule -> {
                CellSelection counted = CellSelection.of(rule);
                long[] counts = new long[length];
                for (int i = 0; i < length; i++) {
                    LocalDate day = LocalDate.ofEpochDay(origin + i);
                    Long replaced = replacements.get(day);
                    if (replaced != null) {
                        counts[i] = replaced;
                    } else {
                        counts[i] = data.day(day).map(d -> d.sum(counted)).orElse(CountedSeries.MISSING);
                    }
                }
                return new CountedSeries(origin, counts);
            });
        }
        return new CountedData(origin, last, Map.copyOf(series));
    }

    /** The same series, extended to {@code newLastDay} with {@code count} on every day after {@code from}. */
    public CountedData extendedWith(LocalDate from, LocalDate newLastDay, long count) {
        long last = Math.max(lastDay, newLastDay.toEpochDay());
        int length = Math.toIntExact(last - originDay + 1);
        int firstFilled = Math.toIntExact(Math.max(0, from.toEpochDay() - originDay));
        Map<CountingRule, CountedSeries> extended = new HashMap<>();
        series.forEach((rule, s) -> {
            long[] counts = new long[length];
            for (int i = 0; i < length; i++) {
                counts[i] = i >= firstFilled ? count : s.count(i);
            }
            extended.put(rule, new CountedSeries(originDay, counts));
        });
        return new CountedData(originDay, last, Map.copyOf(extended));
    }

    public CountedSeries series(CountingRule rule) {
        CountedSeries s = series.get(rule);
        if (s == null) {
            throw new IllegalArgumentException("no series counted for " + rule);
        }
        return s;
    }

    public LocalDate origin() {
        return LocalDate.ofEpochDay(originDay);
    }

    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(lastDay);
    }

    long originDay() {
        return originDay;
    }

    /** The sum of the window ending on each day of a series ({@link CountedSeries#MISSING} if any), computed once. */
    long[] windowSums(CountedSeries s, int window) {
        return windowSums.computeIfAbsent(new SumKey(s, window), k -> s.windowSums(window));
    }

    /** The runs below {@code limitSum} of a series and window, computed once. */
    int[] runsBelow(CountedSeries s, int window, long limitSum) {
        return runs.computeIfAbsent(new RunKey(s, window, limitSum), k -> s.runsBelow(window, limitSum));
    }

    /** Whether the days a definition looks at all lie inside this data. */
    boolean covers(PolicyDefinition definition, LocalDate through) {
        return definition.startsOn().toEpochDay() - definition.maxLookBack() >= originDay
            && through.toEpochDay() <= lastDay;
    }
}
