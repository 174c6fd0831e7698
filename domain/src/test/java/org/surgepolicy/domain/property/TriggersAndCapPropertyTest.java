package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluateDecided;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.Cap;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.CapReached;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.PolicyEvent;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * Invariants of definitions in the general form (named triggers, a release per trigger, activation decisions and a
 * cap), over random definitions, data and decisions.
 */
class TriggersAndCapPropertyTest {

    /** A random general definition, its data, and decisions on some of the discretionary findings it makes. */
    record Case(PolicyDefinition definition, List<Tally> tallies, List<ActivationDecision> decisions,
                LocalDate through) {

        static Case of(RandomData random) {
            PolicyDefinition definition = random.generalDefinition();
            LocalDate through = definition.startsOn().plusDays(random.between(60, 500));
            List<Tally> tallies = random.tallies(random.series(definition.startsOn()
                .minusDays(definition.maxLookBack()), definition.maxLookBack() + 501, 0.01));
            Timeline undecided = evaluate(definition, DailyAggregates.of(tallies), through);
            return new Case(definition, tallies, random.decisions(undecided), through);
        }

        Timeline timeline() {
            return evaluateDecided(definition, DailyAggregates.of(tallies), decisions, through);
        }
    }

    @EverySeed
    void engineAgreesWithThePlainReadingOfTheTriggersAndTheCapOnEveryDay(long seed) {
        Case c = Case.of(new RandomData(seed));

        Timeline timeline = c.timeline();
        List<TriggersReferenceRule.Day> expected = TriggersReferenceRule.run(c.definition(),
            DailyAggregates.of(c.tallies()), c.decisions(), c.through());

        assertThat(timeline.days()).as("seed %d: days", seed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TriggersReferenceRule.Day want = expected.get(i);
            TimelineDay day = timeline.days().get(i);
            Determination determination = day.determination();
            String at = "seed " + seed + ", " + want.date();
            assertThat(day.date()).as(at).isEqualTo(want.date());
            assertThat(day.state() instanceof CapReached ? TriggersReferenceRule.State.CAP_REACHED
                : TriggersReferenceRule.State.valueOf(day.state().kind().name())).as(at + ": state")
                .isEqualTo(want.state());
            assertThat(determination == null ? null : determination.type()).as(at + ": determination")
                .isEqualTo(want.determined());
            assertThat(day.trigger()).as(at + ": trigger").isEqualTo(want.trigger());
            assertThat(day.capReached()).as(at + ": cap reached").isEqualTo(want.capReached());
            assertThat(day.events().stream().filter(PolicyEvent.ActivationDecided.class::isInstance)
                .map(e -> ((PolicyEvent.ActivationDecided) e).decision()).findFirst().orElse(null))
                .as(at + ": decision that acted").isEqualTo(want.decided());
            assertThat(day.capDaysUsed()).as(at + ": cap days used").isEqualTo(want.capDaysUsed());
        }
    }

    @EverySeed
    void timelineDoesNotDependOnTheOrderOfArrivalOfTalliesRevisionsOrDecisions(long seed) {
        RandomData random = new RandomData(seed);
        Case c = Case.of(random);
        Timeline expected = c.timeline();

        List<Tally> shuffledTallies = new ArrayList<>(c.tallies());
        Collections.shuffle(shuffledTallies, random.random());
        List<TallyRevision> shuffledRevisions = new ArrayList<>(random.revisions(c.tallies()));
        Collections.shuffle(shuffledRevisions, random.random());
        List<ActivationDecision> shuffledDecisions = new ArrayList<>(c.decisions());
        Collections.shuffle(shuffledDecisions, random.random());

        assertThat(evaluateDecided(c.definition(), DailyAggregates.of(shuffledTallies), shuffledDecisions,
            c.through())).as("seed %d: shuffled tallies and decisions", seed).isEqualTo(expected);
        assertThat(evaluateDecided(c.definition(), DailyAggregates.ofRevisions(shuffledRevisions), c.decisions(),
            c.through())).as("seed %d: shuffled revisions, the latest of each key counting", seed)
            .isEqualTo(expected);
    }

    @EverySeed
    void daysInEffectInAPeriodNeverExceedItsCap(long seed) {
        Case c = Case.of(new RandomData(seed));
        Cap cap = c.definition().cap();
        Timeline timeline = c.timeline();

        Map<LocalDate, Integer> inEffectByPeriod = new HashMap<>();
        for (TimelineDay day : timeline.days()) {
            String at = "seed " + seed + ", " + day.date();
            if (cap == null) {
                assertThat(day.cap()).as(at).isNull();
                continue;
            }
            int used = inEffectByPeriod.merge(day.cap().periodFrom(), day.state().kind().inEffect() ? 1 : 0,
                Integer::sum);
            assertThat(day.capDaysUsed()).as(at + ": days used").isEqualTo(used);
            assertThat(used).as(at + ": within the cap of the period from %s", day.cap().periodFrom())
                .isLessThanOrEqualTo(day.cap().limit());
            assertThat(day.capDaysUsed() + day.capDaysLeft()).as(at).isEqualTo(day.cap().limit());
            assertThat(day.cap().periodFrom()).as(at + ": a period of the cap").isIn(IntStream.range(0,
                cap.periods()).mapToObj(k -> cap.periodStart(c.definition().startsOn(), k)).toList());
        }
    }
}
