package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Evaluations.status;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.HISTORY_START;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.averageFallsTo1499OnJuly10;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The projection of docs/rule.md, "The projection" and what the "now" answer says of missing and stale data, on the
 * shipped policy. Under p10817 (from 2024-10-01): W = 7, L = 1,500 (a window below sums under 10,500), S = 28, g = 1, z
 * = 14, so a LOW determination on D looks at the windows ending D-28 .. D-1, whose days run from D-34 to D-1.
 */
class ProjectionTest {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyLedgerOnNovember30ProjectsDecember15() {
        // Nothing is reported, so nothing was ever determined: in effect since 2024-06-05. Every day is assumed
        // reported below 1,500. Today's step (11-30) is taken; tomorrow, T + 1 = 12-01, is the first day a LOW can be
        // made: its windows end 11-03 .. 11-30, all assumed, all below. 12-01 + 14 = 12-15. The assumed days are the
        // days that determination looks at: 10-28 (12-01 - 34) to 11-30, 34 days.
        PolicyStatus status = status(securingTheBorder(), DailyAggregates.empty(), NOV_30);

        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2026-12-15");
        assertThat(status.projection()).isEqualTo(new Projection(LocalDate.parse("2026-12-01"),
            LocalDate.parse("2026-12-15"), P10817, 1_500, false, LocalDate.parse("2026-10-28"),
            LocalDate.parse("2026-11-30"), 34));
        assertThat(status.projection().description()).isEqualTo("If every day from 2026-10-28 to 2026-11-30 (34 days,"
            + " none reported yet) is reported below 1,500, a LOW determination can be made on 2026-12-01 under"
            + " p10817, and the policy is discontinued from 2026-12-15. Today's determination was made with the data"
            + " as it is, so none can be made before tomorrow.");
        assertThat(status.dataThrough()).isNull();
        assertThat(status.freshness().ageDays()).isNull();
        assertThat(status.stale()).isTrue();
        assertThat(status.latestWindow()).isNull();
        assertThat(status.unavailable()).containsEntry("dataThrough",
            Unavailable.because(Reason.NO_DATA, "no day is reported on or before 2026-11-30"));
        assertThat(status.unavailable()).containsKeys("dataAgeDays", "latestAverage", "latestWindow",
            "latestWindowMissingDays", "discontinuationEffectiveOn", "reactivationEffectiveOn", "override");
        assertThat(status.unavailable()).doesNotContainKeys("earliestPossibleDiscontinuation", "projection", "state");
    }

    @Test
    void dataThatStopped20DaysAgoProjectsFromItsOwnTailNotFromTheDayAfterIt() {
        // 2,000 a day through 11-10. A window ending X >= 11-10 holds 11-10 - X + 7 days of 2,000, and the assumed
        // days after 11-10 add nothing: it is below (under 10,500) when at most 5 days of 2,000 are in it, so from the
        // window ending 11-12 on. 28 windows ending 11-12 .. 12-09: LOW possible on 12-10 (after 11-30), discontinued
        // from 12-24. Assumed: 11-11 (the day after the data) to 12-09 (the newest day looked at), 29 days.
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2026, 11, 10), 2_000);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), NOV_30);

        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2026-12-24");
        assertThat(status.projection()).isEqualTo(new Projection(LocalDate.parse("2026-12-10"),
            LocalDate.parse("2026-12-24"), P10817, 1_500, false, LocalDate.parse("2026-11-11"),
            LocalDate.parse("2026-12-09"), 29));
        assertThat(status.dataThrough()).isEqualTo("2026-11-10");
        assertThat(status.freshness()).isEqualTo(new Freshness(LocalDate.parse("2026-11-10"), 20, 3));
        assertThat(status.stale()).isTrue();
        assertThat(status.latestWindow().complete()).isTrue();
        assertThat(status.latestAverage()).isEqualTo(new WindowAverage(LocalDate.parse("2026-11-04"),
            LocalDate.parse("2026-11-10"), 14_000, 7));
    }

    @Test
    void dataThatStopped90DaysAgoCannotEndThePolicyBeforeTomorrowsDetermination() {
        // 2,000 a day through 09-01: the windows are below from the one ending 09-03, 28 of them by 09-30, so a LOW
        // could have been made on 10-01 had those days been reported. They were not: every determination up to today
        // saw missing days. The first possible LOW is tomorrow, 12-01, looking at 10-28 .. 11-30, all assumed.
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2026, 9, 1), 2_000);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), NOV_30);

        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2026-12-15");
        assertThat(status.projection().determinationOn()).isEqualTo("2026-12-01");
        assertThat(status.projection().assumedFrom()).isEqualTo("2026-10-28");
        assertThat(status.projection().assumedThrough()).isEqualTo("2026-11-30");
        assertThat(status.projection().assumedDays()).isEqualTo(34);
        assertThat(status.freshness().ageDays()).isEqualTo(90);
    }

    @Test
    void aHoleInTheLatestWindowStaysMissingAndDelaysTheProjection() {
        // 2,000 a day through 11-15, then 1,000 from 11-16 to 11-29 except 11-26, which is missing. A window ending
        // X in 11-15 .. 11-21 holds 11-22 - X days of 2,000 and sums 7,000 + 1,000 per such day: below from 11-19.
        // The hole breaks every window that holds it (ending 11-26 .. 12-02); it is before the newest reported day,
        // so it is not assumed. The windows ending 12-03 on hold 11-27 .. 11-29 (1,000) and assumed days: below.
        // 28 of them end 12-03 .. 12-30: LOW on 12-31, discontinued from 2027-01-14. Assumed: 11-30 to 12-30, 31.
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2026, 11, 15), 2_000)
            .through(LocalDate.of(2026, 11, 25), 1_000).missing().repeat(1_000, 3);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), NOV_30);

        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2027-01-14");
        assertThat(status.projection()).isEqualTo(new Projection(LocalDate.parse("2026-12-31"),
            LocalDate.parse("2027-01-14"), P10817, 1_500, false, LocalDate.parse("2026-11-30"),
            LocalDate.parse("2026-12-30"), 31));
        assertThat(status.dataThrough()).isEqualTo("2026-11-29");
        assertThat(status.stale()).isFalse();
        assertThat(status.latestWindow()).isEqualTo(new LatestWindow(LocalDate.parse("2026-11-23"),
            LocalDate.parse("2026-11-29"), java.util.List.of(LocalDate.parse("2026-11-26")), null));
        assertThat(status.latestAverage()).isNull();
        assertThat(status.daysBelow()).isZero();
        assertThat(status.unavailable().get("latestAverage")).isEqualTo(new Unavailable(Reason.WINDOW_INCOMPLETE,
            "the window from 2026-11-23 to 2026-11-29 lacks 1 of its 7 days (2026-11-26): a missing day is not zero,"
                + " so the window has no average and breaks the run below the threshold",
            java.util.List.of(LocalDate.parse("2026-11-26"))));
        assertThat(status.unavailable().get("latestWindow")).isEqualTo(status.unavailable().get("latestAverage"));
    }

    @Test
    void aTallyForYesterdayAfterMonthsWithoutDataSaysWhichDaysOfItsWindowAreMissing() {
        // 2,000 a day through 08-31, then one day, 11-29, of 500. The window to 11-29 misses 11-23 .. 11-28. Days
        // before 11-29 stay missing; the first complete window ends 12-05 (11-29 and assumed days): below. 28 windows
        // end 12-05 .. 2027-01-01: LOW on 01-02, discontinued from 01-16. Assumed: 11-30 to 01-01, 33 days.
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2026, 8, 31), 2_000);
        for (LocalDate day = LocalDate.of(2026, 9, 1); day.isBefore(LocalDate.of(2026, 11, 29)); day = day.plusDays(1)) {
            series.missing();
        }
        series.counts(500);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), NOV_30);

        assertThat(status.dataThrough()).isEqualTo("2026-11-29");
        assertThat(status.freshness().ageDays()).isEqualTo(1);
        assertThat(status.stale()).isFalse();
        assertThat(status.latestAverage()).isNull();
        assertThat(status.latestWindow().missingDays()).containsExactlyElementsOf(
            LocalDate.parse("2026-11-23").datesUntil(LocalDate.parse("2026-11-29")).toList());
        assertThat(status.unavailable().get("latestAverage").message()).contains("lacks 6 of its 7 days"
            + " (2026-11-23 to 2026-11-28)");
        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2027-01-16");
        assertThat(status.projection().determinationOn()).isEqualTo("2027-01-02");
        assertThat(status.projection().assumedDays()).isEqualTo(33);
    }

    @Test
    void aPendingDiscontinuationProjectsItsScheduledDateAndAssumesNothing() {
        // Example 3: 1,500 a day, then 1,493 on 07-10: LOW on 07-11 under p10773, discontinued from 07-25.
        DailySeries series = averageFallsTo1499OnJuly10().through(LocalDate.of(2024, 7, 14), 1_493);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 15));

        assertThat(status.earliestPossibleDiscontinuation()).isEqualTo("2024-07-25");
        assertThat(status.projection()).isEqualTo(new Projection(LocalDate.parse("2024-07-11"),
            LocalDate.parse("2024-07-25"), P10773, 1_500, true, null, null, 0));
        assertThat(status.projection().unavailable().get("assumedFrom").reason()).isEqualTo(Reason.NOTHING_ASSUMED);
        assertThat(status.unavailable()).doesNotContainKey("discontinuationEffectiveOn");
        assertThat(status.unavailable().get("reactivationEffectiveOn").reason()).isEqualTo(Reason.NOT_IN_THIS_STATE);
    }

    @Test
    void aDiscontinuedPolicyHasNoProjectionAndSaysWhatWouldActivateIt() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 6, 30), 1_000);

        PolicyStatus status = status(securingTheBorder(), series.aggregates(), LocalDate.of(2024, 7, 1));

        assertThat(status.projection()).isNull();
        assertThat(status.unavailable().get("earliestPossibleDiscontinuation")).isEqualTo(Unavailable.because(
            Reason.DISCONTINUED, "discontinued since 2024-06-19; it would be in effect again 1 day after a HIGH"
                + " determination, which needs a 7-day average of at least 2,500 (a window summing at least 17,500)"
                + " under p10773"));
        assertThat(status.earliestEffectiveChange()).isNull();
        assertThat(status.unavailable().get("earliestEffectiveChange").reason()).isEqualTo(Reason.DISCONTINUED);
    }
}
