package org.surgepolicy.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.CapReached;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.PolicyEvent;
import org.surgepolicy.domain.rule.PolicyState;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * Every change of the rule's state has a determination that day or a change scheduled by an earlier determination
 * behind it, and every change of the effective state has that or an override starting or ending.
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

        PolicyState previous = PolicyState.initial(definition.initialState(), definition.startsOn());
        PolicyStateKind previousEffective = definition.initialState();
        Determination lastDetermination = null;
        for (TimelineDay day : timeline.days()) {
            String at = "seed " + seed + ", " + day.date();
            List<PolicyEvent> events = day.events();
            boolean determined = events.stream().anyMatch(e -> e instanceof PolicyEvent.DeterminationMade);
            boolean scheduled = events.stream().anyMatch(e -> e instanceof PolicyEvent.DiscontinuationTookEffect
                || e instanceof PolicyEvent.ReactivationTookEffect);
            boolean overridden = events.stream().anyMatch(e -> e instanceof PolicyEvent.OverrideStarted
                || e instanceof PolicyEvent.OverrideEnded);

            assertThat(determined).as(at + ": a determination is an event").isEqualTo(day.determination() != null);
            if (!day.state().equals(previous)) {
                assertThat(determined || scheduled).as(at + ": cause of %s -> %s", previous, day.state()).isTrue();
            } else {
                assertThat(scheduled).as(at + ": a scheduled change that changed nothing").isFalse();
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
                    case PolicyEvent.ActivationDecided e -> assertThat(day.determination()).as(at).isNotNull();
                    case PolicyEvent.DecisionWithoutEffect e -> assertThat(e.why()).as(at).isNotNull();
                    case PolicyEvent.CapUsedUp e -> assertThat(day.state()).as(at).isInstanceOf(CapReached.class);
                    case PolicyEvent.CapPeriodBegan e -> assertThat(previous).as(at).isInstanceOf(CapReached.class);
                }
            }
            assertThat(day.effectiveState()).as(at + ": effective state")
                .isEqualTo(day.override() == null ? day.state().kind() : day.override().state());
            if (day.effectiveState() != previousEffective) {
                boolean ruleChanged = day.override() == null && day.state().kind() != previous.kind();
                assertThat(overridden || ruleChanged && (determined || scheduled))
                    .as(at + ": cause of the effective %s -> %s", previousEffective, day.effectiveState()).isTrue();
            }
            if (day.determination() != null) {
                lastDetermination = day.determination();
            }
            previous = day.state();
            previousEffective = day.effectiveState();
        }
    }
}
