package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Projection;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The projection of docs/rule.md, "The projection", against the plain reading of the rule ({@link ReferenceRule}) run
 * as the days pass: up to today on the data as it is (with its holes and its stale tail), from tomorrow on the data
 * with every day after the newest reported one filled in. Filled with zeros, the rule discontinues exactly on the
 * projected day; filled with any counts below the threshold, never earlier; and never before tomorrow's determination
 * plus z.
 */
class ProjectionPropertyTest {

    @EverySeed
    void theRuleRunOnTheAssumedDaysDiscontinuesOnTheProjectedDayAndNeverBeforeTomorrowPlusTheDelay(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate first = definition.startsOn().minusDays(definition.maxLookBack());
        boolean empty = random.chance(0.1);
        int reported = (int) (definition.startsOn().toEpochDay() - first.toEpochDay()) + random.between(0, 300);
        DailySeries history = empty ? DailySeries.startingOn(first)
            : random.series(first, reported, 0.03).counts(random.between(0, 4_000));
        // Up to 60 days of stale tail: days nobody has reported yet, before today.
        LocalDate asOf = (empty ? definition.startsOn().plusDays(random.between(0, 300)) : history.lastDay())
            .plusDays(random.between(0, 60));
        long below = definition.versions().stream().map(PolicyVersion::parameters)
            .mapToLong(RuleParameters::discontinuationThreshold).min().orElseThrow() - 1;

        PolicyStatus status = status(definition, history.aggregates(), asOf);

        String at = "seed " + seed + ", as of " + asOf + ", data through " + status.dataThrough() + ", state "
            + status.state();
        switch (status.state().kind()) {
            case IN_EFFECT -> {
                Projection projection = status.projection();
                assertThat(projection).as(at + ": " + status.unavailable()).isNotNull();
                LocalDate determinationOn = projection.determinationOn();
                LocalDate projected = projection.discontinuationOn();
                RuleParameters p = definition.versionOn(determinationOn).parameters();
                assertThat(determinationOn).as(at).isAfter(asOf);
                assertThat(projected).as(at).isEqualTo(determinationOn.plusDays(p.discontinuationDelay()))
                    .isAfterOrEqualTo(asOf.plusDays(1 + p.discontinuationDelay()));
                assertThat(projection.versionId()).as(at).isEqualTo(definition.versionOn(determinationOn).id());
                assertAssumedDays(projection, status.dataThrough(), first, p, at);

                DailyAggregates zeros = history.copy().through(projected, 0).aggregates();
                List<ReferenceRule.Day> onZeros = ReferenceRule.run(definition, knownFrom(asOf, history, zeros),
                    projected);
                assertThat(firstDiscontinuedAfter(asOf, onZeros)).as(at + ": on zeros").contains(projected);

                DailyAggregates belowThreshold = random.append(history.copy(),
                    (int) (projected.toEpochDay() - history.nextDay().toEpochDay() + 1), 0, below).aggregates();
                List<ReferenceRule.Day> onDaysBelow = ReferenceRule.run(definition,
                    knownFrom(asOf, history, belowThreshold), projected);
                firstDiscontinuedAfter(asOf, onDaysBelow).ifPresent(day ->
                    assertThat(day).as(at + ": on days below").isEqualTo(projected));
            }
            case DISCONTINUATION_PENDING -> {
                assertThat(status.earliestPossibleDiscontinuation()).as(at)
                    .isEqualTo(status.discontinuationEffectiveOn());
                assertThat(status.projection().scheduled()).as(at).isTrue();
                assertThat(status.projection().assumedDays()).as(at).isZero();
            }
            case DISCONTINUED -> {
                assertThat(status.earliestPossibleDiscontinuation()).as(at).isNull();
                assertThat(status.unavailable().get("earliestPossibleDiscontinuation").message()).as(at)
                    .contains((status.reactivationEffectiveOn() != null ? status.reactivationEffectiveOn()
                        : status.state().since()).toString());
            }
        }
    }

    /**
     * The assumed days are the days after the newest reported one that the LOW determination looks at: from the later
     * of the day after the data and the first day it looks at, to the newest day it looks at.
     */
    private static void assertAssumedDays(Projection projection, LocalDate dataThrough, LocalDate firstCounted,
                                          RuleParameters p, String at) {
        LocalDate lookedFrom = projection.determinationOn().minusDays(p.lookBack());
        LocalDate lookedTo = projection.determinationOn().minusDays(p.determinationLag());
        LocalDate afterData = dataThrough == null || dataThrough.isBefore(firstCounted)
            ? firstCounted : dataThrough.plusDays(1);
        LocalDate from = afterData.isAfter(lookedFrom) ? afterData : lookedFrom;
        long days = Math.max(0, lookedTo.toEpochDay() - from.toEpochDay() + 1);
        assertThat(projection.assumedDays()).as(at + ": assumed days").isEqualTo(days);
        if (days > 0) {
            assertThat(projection.assumedFrom()).as(at).isEqualTo(from);
            assertThat(projection.assumedThrough()).as(at).isEqualTo(lookedTo);
        } else {
            assertThat(projection.unavailable()).as(at).containsKeys("assumedFrom", "assumedThrough");
        }
    }

    /** The data as known on each day: the history up to today, the filled-in series from tomorrow on. */
    private static Function<LocalDate, DailyAggregates> knownFrom(LocalDate asOf, DailySeries history,
                                                                  DailyAggregates later) {
        DailyAggregates now = history.aggregates();
        return day -> day.isAfter(asOf) ? later : now;
    }

    private static Optional<LocalDate> firstDiscontinuedAfter(LocalDate asOf, List<ReferenceRule.Day> days) {
        return days.stream().filter(d -> d.date().isAfter(asOf))
            .filter(d -> d.state() == PolicyStateKind.DISCONTINUED).map(ReferenceRule.Day::date).findFirst();
    }
}
