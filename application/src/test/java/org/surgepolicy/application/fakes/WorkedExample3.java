package org.surgepolicy.application.fakes;

import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_CITATION;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.Tally;

/**
 * Worked example 3 of docs/rule.md, on the shipped policy: in effect, the average falls to 1,499 on 2024-07-10 (day d),
 * so LOW on 2024-07-11, a discontinuation pending until 2024-07-25 (d + 15), discontinued from then on.
 */
public final class WorkedExample3 {

    /** The first day the shipped policy looks at: 34 days (p10817's look-back) before it starts. */
    public static final LocalDate HISTORY_START = P10773_FROM.minusDays(34);
    /** Day d: the window 07-04..07-10 sums 6 x 1,500 + 1,493 = 10,493, an average of 1,499. */
    public static final LocalDate FALL = LocalDate.of(2024, 7, 10);
    public static final LocalDate LOW_ON = FALL.plusDays(1);
    public static final LocalDate DISCONTINUED_FROM = FALL.plusDays(15);
    /** Noon in New York on 2024-07-31, after every day of the example. */
    public static final Instant AFTERWARDS = Instant.parse("2024-07-31T16:00:00Z");

    private WorkedExample3() {
    }

    /** 1,500 a day (an average of exactly 1,500, not below it) up to 2024-07-09, then 1,493 on 2024-07-10. */
    public static DailySeries series() {
        return DailySeries.startingOn(HISTORY_START).through(FALL.minusDays(1), 1_500).counts(1_493);
    }

    public static List<Tally> tallies() {
        return series().tallies();
    }

    /** The LOW determination of 2024-07-11, written out from docs/rule.md rather than computed. */
    public static Determination low() {
        return low(1_493);
    }

    /** The LOW determination of 2024-07-11 when 2024-07-10 counts {@code fallCount}. */
    public static Determination low(long fallCount) {
        LocalDate from = FALL.minusDays(6);
        return new Determination(LOW_ON, DeterminationType.LOW, DISCONTINUED_FROM, P10773, P10773_CITATION,
            new Evidence(List.of(new EvidenceWindow(new WindowAverage(from, FALL, 9_000 + fallCount, 7),
                DailySeries.dailyCounts(from, 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, fallCount))), 1_500, "<"));
    }
}
