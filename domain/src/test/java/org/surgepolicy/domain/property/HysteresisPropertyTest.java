package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.Timeline;

/** While every average stays inside the band {@code L <= avg < A}, the state never changes. */
class HysteresisPropertyTest {

    @EverySeed
    void seriesInsideTheBandNeverChangesTheState(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition(List.of(
            random.parameters(random.between(500L, 2_000L), random.between(2_001L, 4_000L)),
            random.parameters(random.between(500L, 2_000L), random.between(2_001L, 4_000L))));
        List<RuleParameters> parameters = definition.versions().stream().map(PolicyVersion::parameters).toList();
        long lowest = parameters.stream().mapToLong(RuleParameters::discontinuationThreshold).max().orElseThrow();
        long highest = parameters.stream().mapToLong(RuleParameters::activationThreshold).min().orElseThrow() - 1;
        LocalDate through = definition.startsOn().plusDays(random.between(30, 400));
        DailySeries series = DailySeries.startingOn(definition.startsOn().minusDays(definition.maxLookBack()));
        while (series.nextDay().isBefore(through)) {
            if (random.chance(0.03)) {
                series.missing();
            } else {
                random.append(series, 1, lowest, highest);
            }
        }
        // Each day inside the band puts every average inside it.
        Timeline timeline = evaluate(definition, series.aggregates(), through);

        PolicyState initial = PolicyState.initial(definition.initialState(), definition.startsOn());
        assertThat(timeline.days()).as("seed %d: days", seed).isNotEmpty()
            .allSatisfy(day -> assertThat(day.state()).as("seed %d: state on %s", seed, day.date())
                .isEqualTo(initial));
        assertThat(timeline.determinations()).as("seed %d: determinations", seed).isEmpty();
        assertThat(timeline.events()).as("seed %d: events", seed).isEmpty();
    }
}
