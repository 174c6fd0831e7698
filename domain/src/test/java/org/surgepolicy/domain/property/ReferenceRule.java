package org.surgepolicy.domain.property;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * docs/rule.md, "The rule, day by day", written out as plainly as it reads, one day and one window at a time, straight
 * from the daily aggregates: the oracle the engine is compared with. Slow on purpose; no prefix sums, no skipping.
 */
final class ReferenceRule {

    /** What the rule says of one day. */
    record Day(LocalDate date, String versionId, PolicyStateKind state, DeterminationType determined,
               LocalDate effectiveOn, Long counted, Long windowSum, int daysBelow) {
    }

    private ReferenceRule() {
    }

    static List<Day> run(PolicyDefinition definition, DailyAggregates data, LocalDate through) {
        return run(definition, day -> data, through);
    }

    /**
     * The rule as the days pass: each day's step reads the data as it is known on that day ({@code knownOn}), and a
     * step once taken is not taken again when later data arrives.
     */
    static List<Day> run(PolicyDefinition definition, Function<LocalDate, DailyAggregates> knownOn,
                         LocalDate through) {
        LocalDate last = definition.endsOn() != null && definition.endsOn().isBefore(through)
            ? definition.endsOn() : through;
        LocalDate firstRead = definition.startsOn().minusDays(definition.maxLookBack());
        PolicyStateKind state = definition.initialState();
        LocalDate scheduled = null;
        List<Day> days = new ArrayList<>();
        for (LocalDate d = definition.startsOn(); !d.isAfter(last); d = d.plusDays(1)) {
            DailyAggregates data = knownOn.apply(d);
            PolicyVersion version = versionOn(definition, d);
            RuleParameters p = version.parameters();
            long w = p.window();

            // 1. Scheduled changes first.
            if (d.equals(scheduled)) {
                state = state == PolicyStateKind.DISCONTINUATION_PENDING
                    ? PolicyStateKind.DISCONTINUED : PolicyStateKind.IN_EFFECT;
                scheduled = null;
            }

            // 2. Then at most one determination, from complete windows only.
            LocalDate newest = d.minusDays(p.determinationLag());
            Long sum = windowSum(data, version, newest, firstRead);
            DeterminationType determined = switch (state) {
                case IN_EFFECT -> {
                    boolean allBelow = true;
                    for (int k = 0; k < p.consecutiveDays(); k++) {
                        Long s = windowSum(data, version, newest.minusDays(k), firstRead);
                        allBelow &= s != null && s < p.discontinuationThreshold() * w;
                    }
                    yield allBelow ? DeterminationType.LOW : null;
                }
                case DISCONTINUATION_PENDING -> {
                    long threshold = p.cancelPendingOn() == CancellationThreshold.ACTIVATION_THRESHOLD
                        ? p.activationThreshold() : p.discontinuationThreshold();
                    yield sum != null && sum >= threshold * w ? DeterminationType.HIGH : null;
                }
                case DISCONTINUED -> scheduled == null && sum != null && sum >= p.activationThreshold() * w
                    ? DeterminationType.HIGH : null;
            };

            // 3. Transitions.
            LocalDate effectiveOn = null;
            if (determined == DeterminationType.LOW) {
                effectiveOn = d.plusDays(p.discontinuationDelay());
                if (p.discontinuationDelay() == 0) {
                    state = PolicyStateKind.DISCONTINUED;
                } else {
                    state = PolicyStateKind.DISCONTINUATION_PENDING;
                    scheduled = effectiveOn;
                }
            } else if (determined == DeterminationType.HIGH && state == PolicyStateKind.DISCONTINUATION_PENDING) {
                state = PolicyStateKind.IN_EFFECT;
                scheduled = null;
                effectiveOn = d;
            } else if (determined == DeterminationType.HIGH) {
                effectiveOn = d.plusDays(p.activationDelay());
                if (p.activationDelay() == 0) {
                    state = PolicyStateKind.IN_EFFECT;
                } else {
                    scheduled = effectiveOn;
                }
            }

            int daysBelow = 0;
            for (LocalDate e = d; isBelow(windowSum(data, version, e, firstRead), p); e = e.minusDays(1)) {
                daysBelow++;
            }
            days.add(new Day(d, version.id(), state, determined, effectiveOn,
                count(data, version, d).orElse(null), windowSum(data, version, d, firstRead), daysBelow));
        }
        return days;
    }

    private static boolean isBelow(Long sum, RuleParameters p) {
        return sum != null && sum < p.discontinuationThreshold() * p.window();
    }

    static PolicyVersion versionOn(PolicyDefinition definition, LocalDate day) {
        PolicyVersion inForce = definition.versions().getFirst();
        for (PolicyVersion version : definition.versions()) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** The sum of the window ending {@code end}, or null when a day of it is missing or before the days read. */
    static Long windowSum(DailyAggregates data, PolicyVersion version, LocalDate end, LocalDate firstRead) {
        long sum = 0;
        for (int i = 0; i < version.parameters().window(); i++) {
            LocalDate day = end.minusDays(i);
            Optional<Long> count = count(data, version, day);
            if (day.isBefore(firstRead) || count.isEmpty()) {
                return null;
            }
            sum += count.get();
        }
        return sum;
    }

    private static Optional<Long> count(DailyAggregates data, PolicyVersion version, LocalDate day) {
        return data.sum(day, version.countingRule());
    }
}
