package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.status;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * The projection (the earliest day the policy could end if every coming day stayed below the threshold) is never
 * later than what happens when the coming days do stay below it, and is exactly what happens when they are zero.
 */
class ProjectionPropertyTest {

    /** Long enough for any random version to discontinue: window, days below, lag and delays, and staleness. */
    static final int HORIZON = 150;

    @EverySeed
    void projectionIsNeverLaterThanTheDiscontinuationThatFollowsDaysBelowTheThreshold(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate first = definition.startsOn().minusDays(definition.maxLookBack());
        int reported = (int) (definition.startsOn().toEpochDay() - first.toEpochDay()) + random.between(0, 300);
        DailySeries history = random.series(first, reported, 0.02).counts(random.between(0, 4_000));
        LocalDate asOf = history.lastDay().plusDays(random.between(1, 5));
        long below = definition.versions().stream().map(PolicyVersion::parameters)
            .mapToLong(p -> p.discontinuationThreshold()).min().orElseThrow();

        PolicyStatus status = status(definition, history.aggregates(), asOf);
        LocalDate projected = status.earliestPossibleDiscontinuation();
        Optional<LocalDate> actual = firstDiscontinuationAfter(asOf, evaluate(definition,
            random.append(history.copy(), HORIZON, 0, below - 1).aggregates(), asOf.plusDays(HORIZON)));
        Optional<LocalDate> onZeros = firstDiscontinuationAfter(asOf, evaluate(definition,
            history.copy().repeat(0, HORIZON).aggregates(), asOf.plusDays(HORIZON)));

        String at = "seed " + seed + ", as of " + asOf + ", state " + status.state();
        assertThat(status.dataThrough()).as(at).isEqualTo(history.lastDay());
        switch (status.state().kind()) {
            case IN_EFFECT -> {
                assertThat(projected).as(at + ": projection").isNotNull();
                assertThat(actual).as(at + ": discontinuation after days below").isPresent();
                assertThat(projected).as(at + ": projection against days below").isBeforeOrEqualTo(actual.get());
                assertThat(onZeros).as(at + ": projection against zeros").contains(projected);
            }
            case DISCONTINUATION_PENDING -> {
                assertThat(projected).as(at).isEqualTo(status.discontinuationEffectiveOn());
                actual.ifPresent(day -> assertThat(projected).as(at).isBeforeOrEqualTo(day));
            }
            case DISCONTINUED -> assertThat(projected).as(at).isNull();
        }
    }

    /** The first day after {@code asOf} on which the rule's state is discontinued. */
    static Optional<LocalDate> firstDiscontinuationAfter(LocalDate asOf, Timeline timeline) {
        return timeline.days().stream().filter(d -> d.date().isAfter(asOf))
            .filter(d -> d.state().kind() == PolicyStateKind.DISCONTINUED).map(TimelineDay::date).findFirst();
    }
}
