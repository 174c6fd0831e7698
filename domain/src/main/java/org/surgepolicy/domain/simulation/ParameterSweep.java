package org.surgepolicy.domain.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.CountedData;
import org.surgepolicy.domain.rule.Finding;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.RuleEngine;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * Runs the rule over the history once for every combination of the given parameter values. The data is counted
 * once; each combination is one pass of the {@link RuleEngine} that only counts, and combinations run in parallel.
 */
public final class ParameterSweep {

    /** The most combinations one sweep may hold. */
    public static final int MAX_COMBINATIONS = 100_000;

    private ParameterSweep() {
    }

    /**
     * @param through the last day of history to run over
     * @throws InvalidValueException when an axis repeats a parameter or the combinations are too many
     */
    public static List<SweepOutcome> run(PolicyDefinition definition, DailyAggregates data, LocalDate through,
                                         List<SweepAxis> axes) {
        List<Map<Parameter, Object>> combinations = combinations(axes);
        List<PolicyDefinition> variants = new ArrayList<>(combinations.size());
        List<String> invalid = new ArrayList<>(combinations.size());
        int lookBack = definition.maxLookBack();
        for (Map<Parameter, Object> combination : combinations) {
            try {
                PolicyDefinition variant = definition.withParameters(combination);
                variants.add(variant);
                invalid.add(null);
                lookBack = Math.max(lookBack, variant.maxLookBack());
            } catch (InvalidValueException e) {
                variants.add(null);
                invalid.add(e.getMessage());
            }
        }
        CountedData counted = CountedData.of(definition, data, Map.of(), lookBack, definition.lastDay(through));
        return IntStream.range(0, combinations.size()).parallel()
            .mapToObj(i -> outcome(combinations.get(i), variants.get(i), invalid.get(i), counted, through))
            .toList();
    }

    private static SweepOutcome outcome(Map<Parameter, Object> combination, PolicyDefinition variant,
                                        String invalid, CountedData counted, LocalDate through) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        combination.forEach((name, value) -> parameters.put(name.key(), value));
        if (variant == null) {
            return SweepOutcome.invalid(parameters, invalid);
        }
        Counter counter = new Counter(variant.initialState());
        RuleEngine.run(variant, counted, through, counter);
        return SweepOutcome.ran(parameters, counter.daysInEffect, counter.determinations,
            counter.firstDiscontinuation == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(counter.firstDiscontinuation));
    }

    /** Every combination of the axes' values, in order (the last axis varies fastest). */
    static List<Map<Parameter, Object>> combinations(List<SweepAxis> axes) {
        if (axes == null || axes.isEmpty()) {
            throw new InvalidValueException("parameters", "name at least one parameter to sweep");
        }
        Set<Parameter> seen = new HashSet<>();
        long count = 1;
        for (SweepAxis axis : axes) {
            if (!seen.add(axis.parameter())) {
                throw new InvalidValueException(axis.parameter().key(), "is listed twice");
            }
            count *= axis.values().size();
            if (count > MAX_COMBINATIONS) {
                throw new InvalidValueException("parameters", "the values make more than " + MAX_COMBINATIONS
                    + " combinations");
            }
        }
        List<Map<Parameter, Object>> result = new ArrayList<>((int) count);
        result.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<Parameter, Object>> next = new ArrayList<>(result.size() * axis.values().size());
            for (Map<Parameter, Object> partial : result) {
                for (Object value : axis.values()) {
                    Map<Parameter, Object> combination = new LinkedHashMap<>();
                    combination.putAll(partial);
                    combination.put(axis.parameter(), value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    /** Counts what a sweep reports, day by day, without keeping the days. */
    private static final class Counter implements RuleEngine.DayListener {
        private PolicyStateKind previous;
        private int daysInEffect;
        private int determinations;
        private long firstDiscontinuation = Long.MIN_VALUE;

        Counter(PolicyStateKind initial) {
            this.previous = initial;
        }

        @Override
        public void onDay(long epochDay, int version, PolicyState afterChanges, Finding determined,
                          PolicyState state) {
            PolicyStateKind kind = state.kind();
            if (kind.inEffect()) {
                daysInEffect++;
            }
            if (determined != null) {
                determinations++;
            }
            if (kind == PolicyStateKind.DISCONTINUED && previous != PolicyStateKind.DISCONTINUED
                && firstDiscontinuation == Long.MIN_VALUE) {
                firstDiscontinuation = epochDay;
            }
            previous = kind;
        }

        @Override
        public void onQuietDays(long first, long last, int version, PolicyState state) {
            if (state.kind().inEffect()) {
                daysInEffect += (int) (last - first + 1);
            }
            previous = state.kind();
        }
    }
}
