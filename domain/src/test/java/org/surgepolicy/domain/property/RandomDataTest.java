package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Timeline;

/** The random inputs of the property tests reach the cases they are meant to test. */
class RandomDataTest {

    @Test
    void mostRandomTimelinesHoldBothKindsOfDetermination() {
        long withBoth = RandomData.seeds().filter(seed -> {
            RandomData random = new RandomData(seed);
            PolicyDefinition definition = random.definition();
            LocalDate through = definition.startsOn().plusDays(365);
            Timeline timeline = evaluate(definition, random.series(definition.startsOn()
                .minusDays(definition.maxLookBack()), definition.maxLookBack() + 366, 0.02).aggregates(), through);
            return timeline.determinations().stream().anyMatch(d -> d.type() == DeterminationType.LOW)
                && timeline.determinations().stream().anyMatch(d -> d.type() == DeterminationType.HIGH);
        }).count();

        assertThat(withBoth).isGreaterThan(RandomData.seeds().count() / 2);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        assertThat(new RandomData(7).countsAroundThresholds(100)).containsExactly(
            new RandomData(7).countsAroundThresholds(100));
        assertThat(new RandomData(7).countsAroundThresholds(100)).isNotEqualTo(
            new RandomData(8).countsAroundThresholds(100));
    }
}
