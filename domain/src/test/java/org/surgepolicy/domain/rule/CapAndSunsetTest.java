package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.SUNSET;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.status;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.DailyAggregates;

/** The cap of days in effect per year of {@code border-emergency-authority}, its end as a change, and the sunset. */
class CapAndSunsetTest {

    static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    static final LocalDate SECOND_YEAR = LocalDate.of(2025, 6, 5);
    static final LocalDate THIRD_YEAR = LocalDate.of(2026, 6, 5);

    /**
     * 1,000 a day through 2024-06-30, then 6,000 a day through {@code last}: a discretionary finding on 2024-07-06
     * (the window to 07-05 sums 32,000), a mandatory one on 07-07, in effect from 07-08.
     */
    static DailySeries highFromJuly(LocalDate last) {
        return DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 6, 30), 1_000).through(last, 6_000);
    }

    @Test
    void daysInEffectAcrossTheEndOfAYearAreCountedInTheirOwnYear() {
        // In effect from 2025-01-08: 148 days of the first year, then the second year's 225 days from 2025-06-05.
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 12, 31), 1_000)
            .through(LocalDate.of(2026, 2, 28), 6_000);
        Timeline timeline = evaluate(borderEmergencyAuthority(), series.aggregates(), LocalDate.of(2026, 2, 28));

        assertThat(timeline.day(SECOND_YEAR.minusDays(1)).orElseThrow().cap())
            .isEqualTo(new CapUsage(LocalDate.of(2024, 6, 5), SECOND_YEAR.minusDays(1), 270, 148));
        TimelineDay firstOfSecond = timeline.day(SECOND_YEAR).orElseThrow();
        assertThat(firstOfSecond.cap()).isEqualTo(new CapUsage(SECOND_YEAR, THIRD_YEAR.minusDays(1), 225, 1));
        assertThat(firstOfSecond.events()).isEmpty();
        assertThat(firstOfSecond.state()).isEqualTo(new InEffect(LocalDate.of(2025, 1, 8), MANDATORY_AVERAGE));
        TimelineDay lastDay = timeline.day(LocalDate.of(2026, 1, 15)).orElseThrow();
        assertThat(lastDay.state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(lastDay.capDaysLeft()).isZero();
        TimelineDay ended = timeline.day(LocalDate.of(2026, 1, 16)).orElseThrow();
        assertThat(ended.state()).isEqualTo(new CapReached(LocalDate.of(2026, 1, 16), THIRD_YEAR));
        assertThat(ended.capDaysUsed()).isEqualTo(225);
    }

    @Test
    void inEffectTheStatusCountsTheCapsEndAsAScheduledChangeWhenItComesFirst() {
        LocalDate asOf = LocalDate.of(2025, 3, 20);
        PolicyStatus status = status(borderEmergencyAuthority(), highFromJuly(asOf).aggregates(), asOf);

        assertThat(status.state()).isEqualTo(new InEffect(JULY_8, MANDATORY_AVERAGE));
        assertThat(status.cap()).isEqualTo(new CapUsage(LocalDate.of(2024, 6, 5), SECOND_YEAR.minusDays(1), 270,
            256));
        assertThat(status.capDaysLeft()).isEqualTo(14);
        assertThat(status.capEndsOn()).isEqualTo("2025-04-04");
        assertThat(status.projection().discontinuationOn()).isEqualTo("2025-04-13");
        assertThat(status.projection().threshold()).isEqualTo(3_750);
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2025-04-04");
        assertThat(status.earliestEffectiveChange()).isEqualTo(new EffectiveChange(LocalDate.of(2025, 4, 4),
            EffectiveChange.Cause.CAP_REACHED, "If it stays in effect, policy border-emergency-authority uses up its"
                + " cap of 270 days in effect for the period from 2024-06-05 to 2025-06-04 on 2025-04-03: it ends at"
                + " the end of that day and cannot be activated again before 2025-06-05."));
        assertThat(status.unavailable()).doesNotContainKeys("capDaysUsed", "capDaysLeft", "capEndsOn",
            "earliestPossibleDiscontinuation");
    }

    @Test
    void inEffectTheStatusCountsTheReleaseWhenItComesBeforeTheCap() {
        LocalDate asOf = LocalDate.of(2024, 8, 1);
        PolicyStatus status = status(borderEmergencyAuthority(), highFromJuly(asOf).aggregates(), asOf);

        assertThat(status.capDaysUsed()).isEqualTo(25);
        assertThat(status.capEndsOn()).isEqualTo("2025-04-04");
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo(status.projection().discontinuationOn())
            .isEqualTo("2024-08-25");
        assertThat(status.earliestEffectiveChange().cause()).isEqualTo(EffectiveChange.Cause.RULE_DISCONTINUES);
    }

    @Test
    void onceTheCapIsReachedTheStatusSaysWhenActivationIsPossibleAgain() {
        LocalDate asOf = LocalDate.of(2025, 4, 10);
        PolicyStatus status = status(borderEmergencyAuthority(), highFromJuly(asOf).aggregates(), asOf);

        assertThat(status.state()).isEqualTo(new CapReached(LocalDate.of(2025, 4, 4), SECOND_YEAR));
        assertThat(status.capDaysUsed()).isEqualTo(270);
        assertThat(status.capDaysLeft()).isZero();
        assertThat(status.capEndsOn()).isNull();
        assertThat(status.unavailable().get("capEndsOn").reason()).isEqualTo(Unavailable.Reason.NOT_IN_THIS_STATE);
        assertThat(status.unavailable().get("projection").message()).startsWith("discontinued since 2025-04-04,"
            + " the period's cap on days in effect being used up: no activation is possible before 2025-06-05; from"
            + " then, it would be in effect again 1 day after a HIGH determination by a mandatory trigger"
            + " (MANDATORY_AVERAGE, a 7-day average of at least 5,000");
        assertThat(status.reactivationEffectiveOn()).isNull();
    }

    @Test
    void aPolicyWithoutACapSaysWhyItsCapValuesAreNull() {
        LocalDate asOf = LocalDate.of(2024, 8, 1);
        PolicyStatus status = status(securingTheBorder(), highFromJuly(asOf).aggregates(), asOf);
        TimelineDay day = evaluate(securingTheBorder(), highFromJuly(asOf).aggregates(), asOf).days().getLast();

        assertThat(status.capDaysUsed()).isNull();
        assertThat(status.unavailable().get("capDaysUsed")).isEqualTo(Unavailable.because(Unavailable.Reason.NO_CAP,
            "policy securing-the-border has no cap on its days in effect"));
        assertThat(status.unavailable()).containsKeys("capDaysLeft", "capEndsOn");
        assertThat(day.capDaysUsed()).isNull();
        assertThat(day.unavailable().get("capDaysLeft").reason()).isEqualTo(Unavailable.Reason.NO_CAP);
    }

    @Test
    void theAuthorityEndsThreeYearsAfterItsEffectiveDate() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2027, 12, 31), 1_000);
        DailyAggregates data = series.aggregates();

        Timeline timeline = evaluate(borderEmergencyAuthority(), data, LocalDate.of(2027, 12, 31));
        assertThat(timeline.days().getLast().date()).isEqualTo(SUNSET).isEqualTo("2027-06-04");
        assertThat(timeline.days().getLast().cap()).isEqualTo(new CapUsage(THIRD_YEAR, SUNSET, 180, 0));

        PolicyStatus after = status(borderEmergencyAuthority(), data, SUNSET.plusDays(1));
        assertThat(after.state()).isNull();
        assertThat(after.unavailable().get("state")).isEqualTo(Unavailable.because(Unavailable.Reason.NOT_IN_FORCE,
            "no state on 2027-06-05: policy border-emergency-authority ended on 2027-06-04"));
        assertThat(after.unavailable().get("capDaysUsed").reason()).isEqualTo(Unavailable.Reason.NOT_IN_FORCE);
    }

    @Test
    void inEffectNearTheSunsetTheEndOfThePolicyComesBeforeAnyCap() {
        // In effect from 2027-01-08 (the third year's 180 days would run out after the sunset).
        LocalDate asOf = LocalDate.of(2027, 5, 1);
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2026, 12, 31), 1_000)
            .through(asOf, 6_000);
        PolicyStatus status = status(borderEmergencyAuthority(), series.aggregates(), asOf);

        assertThat(status.state()).isEqualTo(new InEffect(LocalDate.of(2027, 1, 8), MANDATORY_AVERAGE));
        assertThat(status.capDaysUsed()).isEqualTo(114);
        assertThat(status.capEndsOn()).isNull();
        assertThat(status.unavailable().get("capEndsOn").message()).isEqualTo("if it stays in effect, policy"
            + " border-emergency-authority uses up no period's cap before it ends on 2027-06-04");
        assertThat(status.earliestEffectiveChange().cause()).isEqualTo(EffectiveChange.Cause.RULE_DISCONTINUES);
    }
}
