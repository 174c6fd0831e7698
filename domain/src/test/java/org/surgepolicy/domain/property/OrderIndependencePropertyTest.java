package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

/** The same counts give the same timeline whatever order the tallies and their revisions arrive in. */
class OrderIndependencePropertyTest {

    @EverySeed
    void timelineDoesNotDependOnTheOrderOfArrival(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate through = definition.startsOn().plusDays(random.between(30, 300));
        List<Tally> tallies = random.tallies(random.series(definition.startsOn().minusDays(definition.maxLookBack()),
            (int) (through.toEpochDay() - definition.startsOn().toEpochDay()) + definition.maxLookBack() + 1, 0.02));
        List<TallyRevision> revisions = random.revisions(tallies);
        Timeline expected = evaluate(definition, DailyAggregates.of(tallies), through);

        List<Tally> shuffledTallies = new ArrayList<>(tallies);
        Collections.shuffle(shuffledTallies, random.random());
        List<TallyRevision> shuffledRevisions = new ArrayList<>(revisions);
        Collections.shuffle(shuffledRevisions, random.random());

        assertThat(evaluate(definition, DailyAggregates.of(shuffledTallies), through))
            .as("seed %d: shuffled tallies", seed).isEqualTo(expected);
        assertThat(evaluate(definition, DailyAggregates.ofRevisions(shuffledRevisions), through))
            .as("seed %d: shuffled revisions, the latest of each key counting", seed).isEqualTo(expected);
        assertThat(revisions.size()).as("seed %d: revisions beside the latest", seed)
            .isGreaterThan(tallies.size());
    }
}
