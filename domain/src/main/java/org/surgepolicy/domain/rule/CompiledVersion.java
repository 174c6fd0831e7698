package org.surgepolicy.domain.rule;

import java.util.List;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;

/**
 * One version's parameters read into arrays once per run of the {@link RuleEngine}: the window sums each trigger and
 * the release compare, the thresholds as sums, and the findings to report, so that a day's step and the scan for the
 * next day on which something can happen do no more than compare numbers.
 */
final class CompiledVersion {

    final long from;
    final int lag;
    final int consecutive;
    final int activationDelay;
    final int discontinuationDelay;
    final boolean cancelOnRelease;
    /** The window sums of the release window, and each trigger's release threshold as such a sum. */
    final long[] releaseWindowSums;
    final long[] releaseSums;
    /** Each trigger's window sums and threshold sum, in the version's order. */
    final long[][] triggerSums;
    final long[] thresholdSums;
    final boolean[] mandatory;
    final String[] names;
    /** The order triggers are tried in: mandatory ones first. */
    final int[] order;
    final Finding[] low;
    final Finding[] high;
    final Finding[] capped;

    CompiledVersion(PolicyVersion version, CountedData data) {
        RuleParameters p = version.parameters();
        CountedSeries series = data.series(version.countingRule());
        List<Trigger> triggers = p.triggers();
        int n = triggers.size();
        from = version.effectiveFrom().toEpochDay();
        lag = p.determinationLag();
        consecutive = p.consecutiveDays();
        activationDelay = p.activationDelay();
        discontinuationDelay = p.discontinuationDelay();
        cancelOnRelease = p.cancelPendingOn() == CancellationThreshold.DISCONTINUATION_THRESHOLD;
        releaseWindowSums = data.windowSums(series, p.window());
        // A trigger averaging over the release window (the simple form's) shares its sums.
        releaseSums = new long[n];
        triggerSums = new long[n][];
        thresholdSums = new long[n];
        mandatory = new boolean[n];
        names = new String[n];
        order = new int[n];
        low = new Finding[n];
        high = new Finding[n];
        capped = new Finding[n];
        int next = 0;
        for (int t = 0; t < n; t++) {
            Trigger trigger = triggers.get(t);
            releaseSums[t] = trigger.releaseThreshold() * p.window();
            triggerSums[t] = trigger.window() == p.window() ? releaseWindowSums
                : data.windowSums(series, trigger.window());
            thresholdSums[t] = trigger.thresholdSum();
            mandatory[t] = trigger.kind().activates();
            names[t] = trigger.name();
            low[t] = new Finding(DeterminationType.LOW, t, false, null);
            high[t] = new Finding(DeterminationType.HIGH, t, false, null);
            capped[t] = new Finding(DeterminationType.HIGH, t, true, null);
            if (mandatory[t]) {
                order[next++] = t;
            }
        }
        for (int t = 0; t < n; t++) {
            if (!mandatory[t]) {
                order[next++] = t;
            }
        }
    }

    /** The index of the trigger a state names (the first for none). */
    int index(String name) {
        if (name == null) {
            return 0;
        }
        for (int t = 0; t < names.length; t++) {
            if (name.equals(names[t])) {
                return t;
            }
        }
        throw new IllegalStateException("no trigger '" + name + "' in the version in force");
    }

    /** Whether the release window ending at index {@code i} is complete and below trigger t's release threshold. */
    boolean below(int i, int t) {
        return i >= 0 && releaseWindowSums[i] != CountedSeries.MISSING && releaseWindowSums[i] < releaseSums[t];
    }

    /** How many consecutive windows ending at index {@code i} are below, counting no further than needed. */
    int runBelow(int i, int t) {
        int run = 0;
        while (run < consecutive && below(i - run, t)) {
            run++;
        }
        return run;
    }

    /** The trigger whose condition the window ending at index {@code i} meets, mandatory first; or -1. */
    int firing(int i) {
        for (int t : order) {
            if (reaches(triggerSums[t][i], thresholdSums[t])) {
                return t;
            }
        }
        return -1;
    }

    /** The trigger whose condition cancels a pending discontinuation at index {@code i}, or -1. */
    int cancelling(int i, int active) {
        if (cancelOnRelease) {
            return reaches(releaseWindowSums[i], releaseSums[active]) ? active : -1;
        }
        for (int t : order) {
            if (mandatory[t] && reaches(triggerSums[t][i], thresholdSums[t])) {
                return t;
            }
        }
        return -1;
    }

    /** The first index from {@code from} to {@code last} at which any trigger fires, or {@code last + 1}. */
    int firstFiring(int from, int last) {
        int first = last + 1;
        for (int t = 0; t < triggerSums.length; t++) {
            first = firstReaching(triggerSums[t], thresholdSums[t], from, first - 1);
        }
        return first;
    }

    /** The first index from {@code from} to {@code last} at which a pending discontinuation is cancelled. */
    int firstCancelling(int from, int last, int active) {
        if (cancelOnRelease) {
            return firstReaching(releaseWindowSums, releaseSums[active], from, last);
        }
        int first = last + 1;
        for (int t = 0; t < triggerSums.length; t++) {
            if (mandatory[t]) {
                first = firstReaching(triggerSums[t], thresholdSums[t], from, first - 1);
            }
        }
        return first;
    }

    /** The first index from {@code i} to {@code last} that ends a run of release windows below, or last + 1. */
    int firstLow(int i, int last, int t) {
        long[] sums = releaseWindowSums;
        long limit = releaseSums[t];
        int run = runBelow(i - 1, t);
        while (i <= last) {
            long sum = i >= 0 ? sums[i] : CountedSeries.MISSING;
            run = sum != CountedSeries.MISSING && sum < limit ? run + 1 : 0;
            if (run >= consecutive) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static int firstReaching(long[] windowSums, long thresholdSum, int from, int last) {
        int i = from;
        while (i <= last && !reaches(windowSums[i], thresholdSum)) {
            i++;
        }
        return i;
    }

    private static boolean reaches(long sum, long thresholdSum) {
        return sum != CountedSeries.MISSING && sum >= thresholdSum;
    }
}
