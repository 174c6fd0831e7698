package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.simulation.ParameterSweep;
import org.surgepolicy.domain.simulation.SweepAxis;
import org.surgepolicy.domain.simulation.SweepOutcome;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Each combination of a sweep yields what a full evaluation of the definition so changed yields. */
class SweepAgreementPropertyTest {

    @EverySeed
    void sweepOutcomesEqualFullEvaluationsOfTheChangedDefinitions(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate through = definition.startsOn().plusDays(random.between(30, 400));
        List<SweepAxis> axes = axes(random);
        int lookBack = 10 + 30 + 4 + definition.maxLookBack();
        DailyAggregates data = random.series(definition.startsOn().minusDays(lookBack), lookBack + 401, 0.01)
            .aggregates();

        List<SweepOutcome> outcomes = ParameterSweep.run(definition, data, through, axes);

        assertThat(outcomes).as("seed %d: one outcome per combination", seed)
            .hasSize(axes.stream().mapToInt(a -> a.values().size()).reduce(1, (a, b) -> a * b));
        for (SweepOutcome outcome : outcomes) {
            String at = "seed " + seed + ", " + outcome.parameters();
            PolicyDefinition changed;
            try {
                changed = changed(definition, outcome.parameters());
            } catch (InvalidValueException e) {
                assertThat(outcome.invalid()).as(at + ": invalid combination").isNotNull();
                continue;
            }
            assertThat(outcome.invalid()).as(at + ": valid combination").isNull();
            Timeline timeline = evaluate(changed, data, through);
            assertThat(outcome.daysInEffect()).as(at + ": days in effect")
                .isEqualTo((int) timeline.days().stream().filter(d -> d.state().kind().inEffect()).count());
            assertThat(outcome.determinations()).as(at + ": determinations")
                .isEqualTo(timeline.determinations().size());
            assertThat(outcome.firstDiscontinuation()).as(at + ": first discontinuation")
                .isEqualTo(firstDiscontinuation(timeline));
        }
    }

    /** Two or three parameters, each with one to three values, the thresholds sometimes contradicting. */
    static List<SweepAxis> axes(RandomData random) {
        List<ParameterName> names = new ArrayList<>(List.of(ParameterName.values()));
        Collections.shuffle(names, random.random());
        List<SweepAxis> axes = new ArrayList<>();
        for (ParameterName name : names.subList(0, random.between(2, 3))) {
            List<Object> values = new ArrayList<>();
            for (int i = random.between(1, 3); i > 0; i--) {
                values.add(switch (name) {
                    case WINDOW -> random.between(1, 10);
                    case ACTIVATION_THRESHOLD -> random.between(1_000L, 3_500L);
                    case DISCONTINUATION_THRESHOLD -> random.between(300L, 2_500L);
                    case CONSECUTIVE_DAYS -> random.between(1, 30);
                    case ACTIVATION_DELAY, DETERMINATION_LAG -> random.between(0, 3);
                    case DISCONTINUATION_DELAY -> random.between(0, 20);
                    case CANCEL_PENDING_ON -> random.chance(0.5) ? CancellationThreshold.ACTIVATION_THRESHOLD
                        : CancellationThreshold.DISCONTINUATION_THRESHOLD;
                });
            }
            axes.add(new SweepAxis(name, values));
        }
        return axes;
    }

    /** The definition with the sweep's values in every version, each version's parameters made anew. */
    static PolicyDefinition changed(PolicyDefinition definition, Map<String, Object> values) {
        Map<ParameterName, Object> byName = new EnumMap<>(ParameterName.class);
        values.forEach((key, value) -> byName.put(ParameterName.fromKey(key).orElseThrow(), value));
        List<PolicyVersion> versions = new ArrayList<>();
        for (PolicyVersion version : definition.versions()) {
            RuleParameters p = version.parameters();
            Map<ParameterName, Object> merged = new LinkedHashMap<>(Map.of(
                ParameterName.WINDOW, p.window(), ParameterName.ACTIVATION_THRESHOLD, p.activationThreshold(),
                ParameterName.DISCONTINUATION_THRESHOLD, p.discontinuationThreshold(),
                ParameterName.CONSECUTIVE_DAYS, p.consecutiveDays(), ParameterName.ACTIVATION_DELAY,
                p.activationDelay(), ParameterName.DISCONTINUATION_DELAY, p.discontinuationDelay(),
                ParameterName.DETERMINATION_LAG, p.determinationLag(), ParameterName.CANCEL_PENDING_ON,
                p.cancelPendingOn()));
            merged.putAll(byName);
            versions.add(new PolicyVersion(version.id(), version.effectiveFrom(), new RuleParameters(
                (Integer) merged.get(ParameterName.WINDOW), (Long) merged.get(ParameterName.ACTIVATION_THRESHOLD),
                (Long) merged.get(ParameterName.DISCONTINUATION_THRESHOLD),
                (Integer) merged.get(ParameterName.CONSECUTIVE_DAYS),
                (Integer) merged.get(ParameterName.ACTIVATION_DELAY),
                (Integer) merged.get(ParameterName.DISCONTINUATION_DELAY),
                (Integer) merged.get(ParameterName.DETERMINATION_LAG),
                (CancellationThreshold) merged.get(ParameterName.CANCEL_PENDING_ON)),
                version.countingRule(), version.citation()));
        }
        return new PolicyDefinition(definition.id(), definition.title(), definition.timeZone(),
            definition.startsOn(), definition.endsOn(), definition.initialState(), versions);
    }

    /** The first day whose rule state is discontinued after a day (or a start) that was not. */
    static LocalDate firstDiscontinuation(Timeline timeline) {
        boolean wasDiscontinued = !timeline.definition().initialState().inEffect();
        for (TimelineDay day : timeline.days()) {
            boolean discontinued = !day.state().kind().inEffect();
            if (discontinued && !wasDiscontinued) {
                return day.date();
            }
            wasDiscontinued = discontinued;
        }
        return null;
    }
}
