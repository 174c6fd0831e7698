package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.courtOrder;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.averageFallsTo1499OnJuly10;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** Overrides beside the rule's state, and the days a policy with an end date has. */
class OverrideAndEndTest {

    /** LOW on 2024-07-11, discontinued by the rule from 2024-07-25 (docs/rule.md, worked example 3). */
    static final DailySeries DISCONTINUED_FROM_JULY_25 = averageFallsTo1499OnJuly10()
        .through(LocalDate.of(2024, 8, 5), 1_000);
    static final LocalDate THROUGH = LocalDate.of(2024, 8, 5);

    @Test
    void overrideKeepsThePolicyInEffectOverTheDiscontinuationWhileTheRuleStateMovesUnderneath() {
        PolicyOverride order = courtOrder(1, PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 7, 20),
            LocalDate.of(2024, 7, 31));

        Timeline timeline = evaluate(securingTheBorder(), DISCONTINUED_FROM_JULY_25.aggregates(), List.of(order),
            THROUGH);

        TimelineDay before = day(timeline, "2024-07-19");
        assertThat(before.override()).isNull();
        assertThat(before.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        TimelineDay started = day(timeline, "2024-07-20");
        assertThat(started.state().kind()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(started.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(started.override()).isEqualTo(order);
        assertThat(started.events()).containsExactly(new PolicyEvent.OverrideStarted(started.date(), order));
        TimelineDay transition = day(timeline, "2024-07-25");
        assertThat(transition.state()).isEqualTo(new Discontinued(LocalDate.of(2024, 7, 25), null));
        assertThat(transition.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(transition.events()).containsExactly(
            new PolicyEvent.DiscontinuationTookEffect(transition.date()));
        assertThat(day(timeline, "2024-07-31").effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        TimelineDay ended = day(timeline, "2024-08-01");
        assertThat(ended.override()).isNull();
        assertThat(ended.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(ended.events()).containsExactly(new PolicyEvent.OverrideEnded(ended.date(), order));
        assertThat(timeline.determinations()).extracting(Determination::date)
            .containsExactly(LocalDate.of(2024, 7, 11));
    }

    @Test
    void theRuleTimelineIsTheSameWithOrWithoutOverrides() {
        PolicyOverride order = courtOrder(1, PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 6, 10), null);

        Timeline overridden = evaluate(securingTheBorder(), DISCONTINUED_FROM_JULY_25.aggregates(), List.of(order),
            THROUGH);
        Timeline plain = evaluate(securingTheBorder(), DISCONTINUED_FROM_JULY_25.aggregates(), THROUGH);

        assertThat(overridden.days()).extracting(TimelineDay::state)
            .containsExactlyElementsOf(plain.days().stream().map(TimelineDay::state).toList());
        assertThat(overridden.determinations()).isEqualTo(plain.determinations());
        assertThat(overridden.between(LocalDate.of(2024, 6, 10), THROUGH))
            .allSatisfy(d -> assertThat(d.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED));
    }

    @Test
    void ofTwoOverridesCoveringADayTheLaterRecordedApplies() {
        PolicyOverride first = courtOrder(1, PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 7, 20),
            LocalDate.of(2024, 7, 31));
        PolicyOverride second = courtOrder(2, PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 7, 28),
            LocalDate.of(2024, 7, 29));

        Timeline timeline = evaluate(securingTheBorder(), DISCONTINUED_FROM_JULY_25.aggregates(),
            List.of(second, first), THROUGH);

        assertThat(day(timeline, "2024-07-27").override()).isEqualTo(first);
        assertThat(day(timeline, "2024-07-28").override()).isEqualTo(second);
        assertThat(day(timeline, "2024-07-28").effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(day(timeline, "2024-07-28").events()).containsExactly(
            new PolicyEvent.OverrideEnded(LocalDate.of(2024, 7, 28), first),
            new PolicyEvent.OverrideStarted(LocalDate.of(2024, 7, 28), second));
        assertThat(day(timeline, "2024-07-30").override()).isEqualTo(first);
        assertThat(day(timeline, "2024-07-30").effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
    }

    @Test
    void aPolicyHasNoDaysAfterItsEndDate() {
        Timeline timeline = evaluate(aPolicy().endingOn(LocalDate.of(2024, 7, 20)).build(),
            DISCONTINUED_FROM_JULY_25.aggregates(), THROUGH);

        assertThat(timeline.last().orElseThrow().date()).isEqualTo("2024-07-20");
        assertThat(timeline.day(LocalDate.of(2024, 7, 21))).isEmpty();
        assertThat(timeline.days()).hasSize(46);
        // The discontinuation due on 07-25 falls after the end: the last state is the pending one.
        assertThat(timeline.last().orElseThrow().state().kind()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(timeline.events()).noneMatch(e -> e.date().isAfter(LocalDate.of(2024, 7, 20)));
    }

    @Test
    void aPolicyEndingOnItsFirstDayHasOneDay() {
        Timeline timeline = evaluate(aPolicy().endingOn(LocalDate.of(2024, 6, 5)).build(),
            DISCONTINUED_FROM_JULY_25.aggregates(), THROUGH);

        assertThat(timeline.days()).extracting(TimelineDay::date).containsExactly(LocalDate.of(2024, 6, 5));
    }

    @Test
    void beforeItsStartAPolicyHasNoDays() {
        Timeline timeline = evaluate(securingTheBorder(), DISCONTINUED_FROM_JULY_25.aggregates(),
            LocalDate.of(2024, 6, 4));

        assertThat(timeline.days()).isEmpty();
        assertThat(timeline.last()).isEmpty();
        assertThat(timeline.day(LocalDate.of(2024, 6, 4))).isEmpty();
    }

    private static TimelineDay day(Timeline timeline, String date) {
        return WorkedExamplesTest.day(timeline, date);
    }
}
