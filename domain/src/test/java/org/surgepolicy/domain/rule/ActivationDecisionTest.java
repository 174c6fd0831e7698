package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.DISCRETIONARY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.EFFECTIVE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.decision;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluateDecided;
import static org.surgepolicy.domain.fixtures.Evaluations.statusDecided;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.rule.DecisionCheck.Reason;

/**
 * Activation decisions on discretionary findings: the check a use case makes before recording one, and what a
 * recorded decision does inside the rule. 4,000 a day from 2024-07-01 to 2024-07-10 make discretionary findings on
 * 2024-07-08 to 2024-07-11 (the windows ending 07-07 to 07-10); 1,000 a day follow.
 */
class ActivationDecisionTest {

    static final LocalDate JULY_7 = LocalDate.of(2024, 7, 7);
    static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    static final LocalDate JULY_10 = LocalDate.of(2024, 7, 10);
    static final LocalDate JULY_11 = LocalDate.of(2024, 7, 11);
    static final LocalDate JULY_12 = LocalDate.of(2024, 7, 12);
    static final LocalDate THROUGH = LocalDate.of(2024, 7, 20);

    static final DailySeries FOUR_DAYS_AVAILABLE = DailySeries.startingOn(HISTORY_START)
        .through(LocalDate.of(2024, 6, 30), 1_000).repeat(4_000, 10).through(THROUGH, 1_000);

    static Timeline withDecisions(ActivationDecision... decisions) {
        return evaluateDecided(borderEmergencyAuthority(), FOUR_DAYS_AVAILABLE.aggregates(), List.of(decisions),
            THROUGH);
    }

    @Test
    void theFindingsStandOnEachDayTheDiscretionaryConditionHolds() {
        assertThat(withDecisions().determinations()).extracting(Determination::date)
            .containsExactly(JULY_8, JULY_8.plusDays(1), JULY_10, JULY_11);
    }

    @Test
    void aDecisionOnADayWithADiscretionaryFindingIsAllowedAndInEffectFromTheNextDay() {
        Timeline without = withDecisions();

        assertThat(ActivationDecisions.check(without, JULY_8, JULY_8)).isInstanceOfSatisfying(
            DecisionCheck.Allowed.class, allowed -> {
                assertThat(allowed.effectiveOn()).isEqualTo(JULY_8.plusDays(1));
                assertThat(allowed.cited().trigger()).isEqualTo(DISCRETIONARY_AVERAGE);
            });
        Timeline with = withDecisions(decision(1, JULY_8, JULY_8));
        assertThat(with.day(JULY_8.plusDays(1)).orElseThrow().state())
            .isEqualTo(new InEffect(JULY_8.plusDays(1), DISCRETIONARY_AVERAGE));
        assertThat(with.day(JULY_8).orElseThrow().state())
            .isEqualTo(new Discontinued(EFFECTIVE, JULY_8.plusDays(1), DISCRETIONARY_AVERAGE));
    }

    @Test
    void aDecisionOnADayWithoutADiscretionaryFindingIsRefusedAndHasNoEffect() {
        Timeline without = withDecisions();

        assertThat(ActivationDecisions.check(without, JULY_7, JULY_7)).isEqualTo(new DecisionCheck.Refused(
            Reason.NO_DISCRETIONARY_DETERMINATION, "no determination was made on 2024-07-07, so no discretionary"
                + " determination stands then (the rule has the policy DISCONTINUED since 2024-06-05)"));
        ActivationDecision early = decision(1, JULY_7, JULY_7);
        Timeline with = withDecisions(early);
        assertThat(with.days()).extracting(TimelineDay::state).isEqualTo(without.days().stream()
            .map(TimelineDay::state).toList());
        assertThat(with.day(JULY_7).orElseThrow().events()).singleElement().isEqualTo(
            new PolicyEvent.DecisionWithoutEffect(JULY_7, early, (DecisionCheck.Refused) ActivationDecisions
                .check(without, JULY_7, JULY_7)));
    }

    @Test
    void aDecisionLaterInTheSameRunOfFindingsMayCiteItsFirstDayAndActsFromItsOwnNextDay() {
        Timeline with = withDecisions(decision(1, JULY_8, JULY_10));

        assertThat(with.day(JULY_10).orElseThrow().events()).contains(new PolicyEvent.ActivationDecided(JULY_10,
            decision(1, JULY_8, JULY_10), JULY_11));
        assertThat(with.day(JULY_11).orElseThrow().state()).isEqualTo(new InEffect(JULY_11, DISCRETIONARY_AVERAGE));
        assertThat(with.day(JULY_10).orElseThrow().state().kind().inEffect()).isFalse();
    }

    @Test
    void aDecisionAfterTheConditionStoppedHoldingIsRefused() {
        assertThat(ActivationDecisions.check(withDecisions(), JULY_8, JULY_12)).isEqualTo(new DecisionCheck.Refused(
            Reason.NO_LONGER_STANDING, "the discretionary condition found on 2024-07-08 no longer stood on"
                + " 2024-07-12: no discretionary determination was made that day, so a decision of 2024-07-12"
                + " cannot act on it"));
        Timeline with = withDecisions(decision(1, JULY_8, JULY_12));
        assertThat(with.days()).allSatisfy(d -> assertThat(d.state().kind().inEffect()).isFalse());
    }

    @Test
    void ofTwoDecisionsOfOneDayTheFirstRecordedActsAndTheOtherIsReportedAlreadyDecided() {
        ActivationDecision first = decision(1, JULY_8, JULY_8);
        ActivationDecision second = decision(2, JULY_8, JULY_8);
        Timeline with = withDecisions(second, first);

        assertThat(with.day(JULY_8).orElseThrow().events()).filteredOn(e -> !(e instanceof PolicyEvent
            .DeterminationMade)).satisfiesExactly(
                acted -> assertThat(acted).isEqualTo(new PolicyEvent.ActivationDecided(JULY_8, first, JULY_8
                    .plusDays(1))),
                refused -> assertThat(refused).isInstanceOfSatisfying(PolicyEvent.DecisionWithoutEffect.class,
                    e -> {
                        assertThat(e.decision()).isEqualTo(second);
                        assertThat(e.why().reason()).isEqualTo(Reason.ALREADY_DECIDED);
                    }));
        assertThat(ActivationDecisions.check(with, JULY_8, JULY_8)).extracting(c -> ((DecisionCheck.Refused) c)
            .reason()).isEqualTo(Reason.ALREADY_DECIDED);
    }

    @Test
    void aDecisionCitingAMandatoryActivationIsRefused() {
        DailySeries mandatory = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 6, 30), 1_000)
            .repeat(5_000, 7).through(THROUGH, 1_000);
        Timeline timeline = evaluate(borderEmergencyAuthority(), mandatory.aggregates(), THROUGH);

        assertThat(ActivationDecisions.check(timeline, JULY_8, JULY_8)).isEqualTo(new DecisionCheck.Refused(
            Reason.NO_DISCRETIONARY_DETERMINATION, "the determination of 2024-07-08 is a HIGH of the MANDATORY"
                + " trigger MANDATORY_AVERAGE, not a discretionary finding that a decision could act on"));
    }

    @Test
    void discontinuedTheStatusSaysWhatWouldActivateItAndThatADecisionCould() {
        PolicyStatus status = statusDecided(borderEmergencyAuthority(), FOUR_DAYS_AVAILABLE.aggregates(), List.of(),
            JULY_8);

        assertThat(status.unavailable().get("projection").message()).isEqualTo("discontinued since 2024-06-05; it"
            + " would be in effect again 1 day after a HIGH determination by a mandatory trigger (MANDATORY_AVERAGE,"
            + " a 7-day average of at least 5,000 (a window summing at least 35,000); or MANDATORY_DAY, a day of at"
            + " least 8,500), or 1 day after an activation decision made on a day a discretionary trigger's finding"
            + " stands (DISCRETIONARY_AVERAGE, a 7-day average of at least 4,000 (a window summing at least"
            + " 28,000)), under sec3301");
    }

    @Test
    void afterADiscretionaryActivationTheProjectionLooksForAveragesBelowItsReleaseThreshold() {
        PolicyStatus status = statusDecided(borderEmergencyAuthority(), FOUR_DAYS_AVAILABLE.aggregates(),
            List.of(decision(1, JULY_8, JULY_8)), JULY_10);

        assertThat(status.state()).isEqualTo(new InEffect(JULY_8.plusDays(1), DISCRETIONARY_AVERAGE));
        assertThat(status.projection().threshold()).isEqualTo(3_000);
        assertThat(status.daysBelow()).isZero();
        assertThat(status.requiredDaysBelow()).isEqualTo(7);
    }

    @Test
    void aDecisionOutsideTheDaysEvaluatedIsRefused() {
        assertThat(ActivationDecisions.check(withDecisions(), JULY_8, THROUGH.plusDays(1)))
            .extracting(c -> ((DecisionCheck.Refused) c).reason()).isEqualTo(Reason.OUTSIDE_THE_TIMELINE);
    }
}
