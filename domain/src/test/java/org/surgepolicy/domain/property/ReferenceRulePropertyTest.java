package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The engine says, day by day, what docs/rule.md, "The rule, day by day", written out plainly ({@link ReferenceRule})
 * says.
 */
class ReferenceRulePropertyTest {

    @EverySeed
    void engineAgreesWithThePlainReadingOfTheRuleOnEveryDay(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate through = definition.startsOn().plusDays(random.between(30, 300));
        DailyAggregates data = DailyAggregates.of(random.tallies(random.series(
            definition.startsOn().minusDays(definition.maxLookBack()), definition.maxLookBack() + 301, 0.02)));

        Timeline timeline = evaluate(definition, data, through);
        List<ReferenceRule.Day> expected = ReferenceRule.run(definition, data, through);

        assertThat(timeline.days()).as("seed %d: days", seed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            ReferenceRule.Day want = expected.get(i);
            TimelineDay day = timeline.days().get(i);
            Determination determination = day.determination();
            String at = "seed " + seed + ", " + want.date();
            assertThat(day.date()).as(at).isEqualTo(want.date());
            assertThat(day.versionId()).as(at + ": version").isEqualTo(want.versionId());
            assertThat(day.state().kind()).as(at + ": state").isEqualTo(want.state());
            assertThat(determination == null ? null : determination.type()).as(at + ": determination")
                .isEqualTo(want.determined());
            assertThat(determination == null ? null : determination.effectiveOn()).as(at + ": effective on")
                .isEqualTo(want.effectiveOn());
            assertThat(day.counted()).as(at + ": counted").isEqualTo(want.counted());
            assertThat(day.average() == null ? null : day.average().sum()).as(at + ": window sum")
                .isEqualTo(want.windowSum());
            assertThat(day.daysBelow()).as(at + ": days below").isEqualTo(want.daysBelow());
            if (determination != null) {
                assertEvidence(definition, data, determination, at);
            }
        }
    }

    /** The windows looked at: the newest complete day's, and for LOW the ones before it, each with its sum. */
    private static void assertEvidence(PolicyDefinition definition, DailyAggregates data, Determination determination,
                                       String at) {
        PolicyVersion version = ReferenceRule.versionOn(definition, determination.date());
        RuleParameters p = version.parameters();
        LocalDate newest = determination.date().minusDays(p.determinationLag());
        int windows = determination.type() == DeterminationType.LOW ? p.consecutiveDays() : 1;
        LocalDate firstRead = definition.startsOn().minusDays(definition.maxLookBack());
        assertThat(determination.versionId()).as(at + ": version").isEqualTo(version.id());
        assertThat(determination.citation()).as(at + ": citation").isEqualTo(version.citation());
        assertThat(determination.evidence().windows()).as(at + ": windows").hasSize(windows);
        for (int k = 0; k < windows; k++) {
            WindowAverage window = determination.evidence().windows().get(windows - 1 - k).average();
            assertThat(window.to()).as(at + ": window " + k).isEqualTo(newest.minusDays(k));
            assertThat(window.days()).as(at + ": window " + k).isEqualTo(p.window());
            assertThat(window.sum()).as(at + ": window " + k)
                .isEqualTo(ReferenceRule.windowSum(data, version, newest.minusDays(k), firstRead));
        }
    }
}
