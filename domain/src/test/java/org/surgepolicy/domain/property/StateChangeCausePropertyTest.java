package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.CapReached;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.rule.PolicyEvent;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * Every change of the rule's state has a determination that day (on which a decision may have acted), a change
 * scheduled by an earlier determination, or the cap behind it; every change of the effective state has that or an
 * override starting or ending.
 */
class StateChangeCausePropertyTest {

    @EverySeed
    void everyStateChangeHasACauseInTheDaysEvents(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.definition();
        LocalDate through = definition.startsOn().plusDays(random.between(60, 500));
        List<PolicyOverride> overrides = random.overrides(definition.startsOn(), through);
        Timeline timeline = evaluate(definition, random.series(definition.startsOn()
            .minusDays(definition.maxLookBack()), definition.maxLookBack() + 501, 0.02).aggregates(), overrides,
            through);

        assertEveryChangeHasACause(seed, definition, timeline);
    }

    @EverySeed
    void everyStateChangeOfAGeneralDefinitionHasADeterminationADecisionAnOverrideOrTheCapBehindIt(long seed) {
        RandomData random = new RandomData(seed);
        PolicyDefinition definition = random.generalDefinition();
        LocalDate through = definition.startsOn().plusDays(random.between(60, 500));
        List<PolicyOverride> overrides = random.overrides(definition.startsOn(), through);
        DailyAggregates data = random.series(definition.startsOn().minusDays(definition.maxLookBack()),
            definition.maxLookBack() + 501, 0.02).aggregates();
        List<ActivationDecision> decisions = random.decisions(evaluate(definition, data, through));
        Timeline timeline = PolicyEvaluator.evaluate(new EvaluationInput(definition, data, overrides, through,
            Map.of(), decisions));

        assertEveryChangeHasACause(seed, definition, timeline);
    }

    private static void assertEveryChangeHasACause(long seed, PolicyDefinition definition, Timeline timeline) {
        PolicyState previous = PolicyState.initial(definition.initialState(), definition.startsOn());
        PolicyStateKind previousEffective = definition.initialState();
        TimelineDay previousDay = null;
        Determination lastDetermination = null;
        for (TimelineDay day : timeline.days()) {
            String at = "seed " + seed + ", " + day.date();
            List<PolicyEvent> events = day.events();
            boolean determined = events.stream().anyMatch(e -> e instanceof PolicyEvent.DeterminationMade);
            boolean scheduled = events.stream().anyMatch(e -> e instanceof PolicyEvent.DiscontinuationTookEffect
                || e instanceof PolicyEvent.ReactivationTookEffect);
            boolean capped = events.stream().anyMatch(e -> e instanceof PolicyEvent.CapUsedUp
                || e instanceof PolicyEvent.CapPeriodBegan);
            boolean overridden = events.stream().anyMatch(e -> e instanceof PolicyEvent.OverrideStarted
                || e instanceof PolicyEvent.OverrideEnded);

            assertThat(determined).as(at + ": a determination is an event").isEqualTo(day.determination() != null);
            if (!day.state().equals(previous)) {
                assertThat(determined || scheduled || capped).as(at + ": cause of %s -> %s", previous, day.state())
                    .isTrue();
            } else {
                assertThat(scheduled || capped).as(at + ": a scheduled change that changed nothing").isFalse();
            }
            for (PolicyEvent event : events) {
                switch (event) {
                    case PolicyEvent.DiscontinuationTookEffect e -> assertThat(lastDetermination)
                        .as(at + ": the determination behind the discontinuation").isNotNull()
                        .matches(d -> d.type() == DeterminationType.LOW && d.effectiveOn().equals(e.date())
                            && d.date().isBefore(e.date()));
                    case PolicyEvent.ReactivationTookEffect e -> assertThat(lastDetermination)
                        .as(at + ": the determination behind the reactivation").isNotNull()
                        .matches(d -> d.type() == DeterminationType.HIGH && d.effectiveOn().equals(e.date())
                            && d.date().isBefore(e.date()));
                    case PolicyEvent.DeterminationMade e -> assertThat(e.determination()).as(at)
                        .isEqualTo(day.determination());
                    case PolicyEvent.OverrideStarted e -> assertThat(e.override()).as(at).isEqualTo(day.override());
                    case PolicyEvent.OverrideEnded e -> assertThat(e.override()).as(at).isNotEqualTo(day.override());
                    case PolicyEvent.ActivationDecided e -> assertThat(day.determination())
                        .as(at + ": the finding the decision acted on").isNotNull()
                        .matches(d -> d.effectiveOn().equals(e.on()) && !d.capReached());
                    case PolicyEvent.DecisionWithoutEffect e -> assertThat(e.decision().decidedOn()).as(at)
                        .isEqualTo(day.date());
                    case PolicyEvent.CapUsedUp e -> {
                        assertThat(day.state()).as(at).isInstanceOf(CapReached.class);
                        boolean usedUpYesterday = previousDay != null && previousDay.cap().periodFrom()
                            .equals(day.cap().periodFrom()) && previousDay.capDaysLeft() == 0;
                        boolean noDaysThisPeriod = day.cap().limit() == 0 && day.cap().periodFrom().equals(day.date());
                        assertThat(usedUpYesterday || noDaysThisPeriod).as(at + ": the cap behind the end").isTrue();
                    }
                    case PolicyEvent.CapPeriodBegan e -> {
                        assertThat(previous).as(at).isInstanceOf(CapReached.class);
                        assertThat(day.cap().periodFrom()).as(at + ": a new period").isEqualTo(day.date());
                    }
                }
            }
            assertThat(day.effectiveState()).as(at + ": effective state")
                .isEqualTo(day.override() == null ? day.state().kind() : day.override().state());
            if (day.effectiveState() != previousEffective) {
                boolean ruleChanged = day.override() == null && day.state().kind() != previous.kind();
                assertThat(overridden || ruleChanged && (determined || scheduled || capped))
                    .as(at + ": cause of the effective %s -> %s", previousEffective, day.effectiveState()).isTrue();
            }
            if (day.determination() != null) {
                lastDetermination = day.determination();
            }
            previous = day.state();
            previousEffective = day.effectiveState();
            previousDay = day;
        }
    }
}
