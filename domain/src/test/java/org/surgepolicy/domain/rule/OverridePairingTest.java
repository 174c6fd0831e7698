package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.courtOrder;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.status;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.HISTORY_START;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The rule's state with its own since, the effective state with its own since, and the override's range: never the
 * rule's since beside an override's state. The effective state's earliest change counts the override's end.
 */
class OverridePairingTest {

    /** 1,000 a day from the start: LOW on 2024-06-05, discontinued by the rule from 2024-06-19. */
    static final DailySeries DISCONTINUED_FROM_JUNE_19 = DailySeries.startingOn(HISTORY_START)
        .through(LocalDate.of(2024, 8, 31), 1_000);
    static final PolicyOverride IN_EFFECT_JUNE_25_TO_JULY_20 = courtOrder(1, PolicyStateKind.IN_EFFECT,
        LocalDate.of(2024, 6, 25), LocalDate.of(2024, 7, 20));
    /**
     * 2,000 a day through 2026-11-29: on 2026-11-30 the windows are below from the one ending 12-01, 28 of them by
     * 12-28, LOW on 12-29, the rule's earliest discontinuation 2027-01-12.
     */
    static final DailySeries IN_EFFECT_THROUGH_NOVEMBER = DailySeries.startingOn(HISTORY_START)
        .through(LocalDate.of(2026, 11, 29), 2_000);
    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void underAnOverrideTheEffectiveStateIsPairedWithTheOverridesFirstDayAndTheRuleWithItsOwn() {
        PolicyStatus status = status(securingTheBorder(), DISCONTINUED_FROM_JUNE_19.aggregates(),
            List.of(IN_EFFECT_JUNE_25_TO_JULY_20), LocalDate.of(2024, 7, 1));

        assertThat(status.state()).isEqualTo(new Discontinued(LocalDate.parse("2024-06-19"), null));
        assertThat(status.since()).isEqualTo("2024-06-19");
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(status.effectiveSince()).isEqualTo("2024-06-25");
        assertThat(status.override()).isEqualTo(IN_EFFECT_JUNE_25_TO_JULY_20);
        // The rule has it discontinued: the effective state changes when the override ends.
        assertThat(status.earliestEffectiveChange()).isEqualTo(new EffectiveChange(LocalDate.parse("2024-07-21"),
            EffectiveChange.Cause.OVERRIDE_ENDS, "The override recorded by U.S. District Court, D.D.C. ends on "
                + "2024-07-20; from 2024-07-21 the rule's state applies again: discontinued since 2024-06-19."));
    }

    @Test
    void afterTheOverrideEndsTheEffectiveStateIsSinceTheDayAfterIt() {
        PolicyStatus status = status(securingTheBorder(), DISCONTINUED_FROM_JUNE_19.aggregates(),
            List.of(IN_EFFECT_JUNE_25_TO_JULY_20), LocalDate.of(2024, 8, 1));

        assertThat(status.since()).isEqualTo("2024-06-19");
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(status.effectiveSince()).isEqualTo("2024-07-21");
        assertThat(status.override()).isNull();
        assertThat(status.unavailable().get("override").reason()).isEqualTo(Reason.NO_OVERRIDE);
    }

    @Test
    void theTimelinePairsEachDaysEffectiveStateWithItsOwnSince() {
        Timeline timeline = evaluate(securingTheBorder(), DISCONTINUED_FROM_JUNE_19.aggregates(),
            List.of(IN_EFFECT_JUNE_25_TO_JULY_20), LocalDate.of(2024, 8, 1));

        assertThat(day(timeline, "2024-06-10").effectiveSince()).isEqualTo("2024-06-05");
        assertThat(day(timeline, "2024-06-24").effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(day(timeline, "2024-06-24").effectiveSince()).isEqualTo("2024-06-19");
        assertThat(day(timeline, "2024-06-25").effectiveSince()).isEqualTo("2024-06-25");
        assertThat(day(timeline, "2024-07-20").effectiveSince()).isEqualTo("2024-06-25");
        assertThat(day(timeline, "2024-07-20").state().since()).isEqualTo("2024-06-19");
        assertThat(day(timeline, "2024-07-21").effectiveSince()).isEqualTo("2024-07-21");
    }

    @Test
    void withoutOverridesTheEffectiveSinceIsTheRulesSinceEvenAcrossACancelledDiscontinuation() {
        // Example 4: LOW on 07-11, cancelled by a HIGH on 07-18; in effect all along since 2024-06-05.
        DailySeries series = WorkedExamplesTest.averageFallsTo1499OnJuly10()
            .through(LocalDate.of(2024, 7, 16), 1_000).counts(12_900).through(LocalDate.of(2024, 7, 31), 2_000);

        Timeline timeline = evaluate(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 31));

        assertThat(day(timeline, "2024-07-15").effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(day(timeline, "2024-07-31").state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(day(timeline, "2024-07-31").effectiveSince()).isEqualTo(P10773_FROM);
    }

    @Test
    void theEffectiveStatesEarliestChangeIsTheLaterOfTheRulesProjectionAndTheOverridesEnd() {
        PolicyOverride shortOrder = courtOrder(1, PolicyStateKind.IN_EFFECT, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 20));
        PolicyOverride longOrder = courtOrder(2, PolicyStateKind.IN_EFFECT, LocalDate.of(2026, 11, 1),
            LocalDate.of(2027, 2, 28));

        PolicyStatus endsFirst = status(securingTheBorder(), IN_EFFECT_THROUGH_NOVEMBER.aggregates(),
            List.of(shortOrder), NOV_30);
        PolicyStatus endsLater = status(securingTheBorder(), IN_EFFECT_THROUGH_NOVEMBER.aggregates(),
            List.of(longOrder), NOV_30);

        assertThat(endsFirst.earliestPossibleDiscontinuation()).isEqualTo("2027-01-12");
        assertThat(endsFirst.earliestEffectiveChange().on()).isEqualTo("2027-01-12");
        assertThat(endsFirst.earliestEffectiveChange().cause()).isEqualTo(EffectiveChange.Cause.RULE_DISCONTINUES);
        assertThat(endsLater.earliestPossibleDiscontinuation()).isEqualTo("2027-01-12");
        assertThat(endsLater.earliestEffectiveChange().on()).isEqualTo("2027-03-01");
        assertThat(endsLater.earliestEffectiveChange().cause()).isEqualTo(EffectiveChange.Cause.OVERRIDE_ENDS);
        assertThat(endsLater.effectiveSince()).isEqualTo("2026-11-01");
    }

    @Test
    void anOverrideThatSuspendsThePolicyEndsIntoTheRulesStateAndOneWithoutEndChangesNothingInView() {
        PolicyOverride suspended = courtOrder(1, PolicyStateKind.DISCONTINUED, LocalDate.of(2026, 11, 20),
            LocalDate.of(2026, 12, 10));
        PolicyOverride forever = courtOrder(2, PolicyStateKind.IN_EFFECT, LocalDate.of(2026, 11, 20), null);

        PolicyStatus off = status(securingTheBorder(), IN_EFFECT_THROUGH_NOVEMBER.aggregates(), List.of(suspended),
            NOV_30);
        PolicyStatus on = status(securingTheBorder(), IN_EFFECT_THROUGH_NOVEMBER.aggregates(), List.of(forever),
            NOV_30);

        assertThat(off.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(off.effectiveSince()).isEqualTo("2026-11-20");
        assertThat(off.state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT);
        // The rule cannot end it before 2027-01-12: when the override ends, the policy applies again.
        assertThat(off.earliestEffectiveChange().on()).isEqualTo("2026-12-11");
        assertThat(off.earliestEffectiveChange().cause()).isEqualTo(EffectiveChange.Cause.OVERRIDE_ENDS);
        assertThat(on.earliestEffectiveChange()).isNull();
        assertThat(on.unavailable().get("earliestEffectiveChange").reason()).isEqualTo(Reason.NO_CHANGE_IN_VIEW);
        assertThat(on.unavailable().get("earliestEffectiveChange").message()).isEqualTo("the override in force"
            + " since 2026-11-20 (IN_EFFECT, U.S. District Court, D.D.C.) has no end date");
    }

    private static TimelineDay day(Timeline timeline, String date) {
        return WorkedExamplesTest.day(timeline, date);
    }
}
