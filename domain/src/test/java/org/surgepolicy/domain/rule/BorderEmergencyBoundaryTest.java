package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.DISCRETIONARY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.MANDATORY_DAY;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.decision;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluateDecided;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The exact sums at each threshold of {@code border-emergency-authority}: one encounter below a threshold is not it.
 * Each window is the seven days 2024-07-01 to 2024-07-07, after 1,000 a day, so the determination falls on
 * 2024-07-08.
 */
class BorderEmergencyBoundaryTest {

    static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    static final LocalDate THROUGH = LocalDate.of(2024, 7, 8);

    /** 1,000 a day through 2024-06-30, then the given days from 2024-07-01. */
    static DailySeries julyStartingWith(long... counts) {
        return DailySeries.startingOn(HISTORY_START).through(LocalDate.of(2024, 6, 30), 1_000).counts(counts);
    }

    static List<Determination> determinationsOn8July(DailySeries series) {
        return evaluate(borderEmergencyAuthority(), series.aggregates(), THROUGH).determinations().stream()
            .filter(d -> d.date().equals(JULY_8)).toList();
    }

    @Test
    void aWindowSumming35000ActivatesAndOneSumming34999OnlyMakesActivationAvailable() {
        assertThat(determinationsOn8July(julyStartingWith(5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000)))
            .extracting(Determination::trigger, d -> d.evidence().windows().getFirst().average().sum())
            .containsExactly(tuple(MANDATORY_AVERAGE, 35_000L));
        assertThat(determinationsOn8July(julyStartingWith(5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 4_999)))
            .extracting(Determination::trigger, Determination::effectiveOn)
            .containsExactly(tuple(DISCRETIONARY_AVERAGE, JULY_8));
    }

    @Test
    void aDayOf8500ActivatesAndADayOf8499DoesNot() {
        assertThat(determinationsOn8July(julyStartingWith(1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 8_500)))
            .extracting(Determination::trigger, Determination::effectiveOn)
            .containsExactly(tuple(MANDATORY_DAY, JULY_8.plusDays(1)));
        assertThat(determinationsOn8July(julyStartingWith(1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 8_499)))
            .isEmpty();
    }

    @Test
    void aWindowSumming28000MakesActivationAvailableAndOneSumming27999DoesNot() {
        assertThat(determinationsOn8July(julyStartingWith(4_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000)))
            .extracting(Determination::trigger, d -> d.evidence().windows().getFirst().average().sum())
            .containsExactly(tuple(DISCRETIONARY_AVERAGE, 28_000L));
        assertThat(determinationsOn8July(julyStartingWith(4_000, 4_000, 4_000, 4_000, 4_000, 4_000, 3_999)))
            .isEmpty();
    }

    /**
     * In effect from 2024-07-09 (activated by {@code activation} on 2024-07-01 to 07-07, decided on 07-08 when it is
     * discretionary), then the week {@code week} over and over through September: every window from 2024-07-14 on
     * sums the same.
     */
    static Timeline releasedOrNot(long[] activation, long[] week) {
        DailySeries series = julyStartingWith(activation);
        while (series.nextDay().isBefore(LocalDate.of(2024, 9, 30))) {
            series.counts(week);
        }
        return evaluateDecided(borderEmergencyAuthority(), series.aggregates(),
            List.of(decision(1, JULY_8, JULY_8)), LocalDate.of(2024, 9, 30));
    }

    static final long[] MANDATORY = {5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000};
    static final long[] DISCRETIONARY = {4_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000};

    static Determination low(Timeline timeline) {
        return timeline.determinations().stream().filter(d -> d.type() == DeterminationType.LOW).findFirst()
            .orElse(null);
    }

    @Test
    void afterAMandatoryActivationWindowsSumming26249ReleaseAndWindowsSumming26250DoNot() {
        Timeline released = releasedOrNot(MANDATORY, new long[] {3_749, 3_750, 3_750, 3_750, 3_750, 3_750, 3_750});
        Timeline kept = releasedOrNot(MANDATORY, new long[] {3_750, 3_750, 3_750, 3_750, 3_750, 3_750, 3_750});

        assertThat(low(released)).satisfies(low -> {
            assertThat(low.date()).isEqualTo("2024-07-21");
            assertThat(low.evidence().windows()).hasSize(7)
                .allSatisfy(w -> assertThat(w.average().sum()).isEqualTo(26_249));
            assertThat(low.evidence().threshold()).isEqualTo(3_750);
        });
        assertThat(low(kept)).isNull();
        assertThat(kept.days().getLast().state()).isEqualTo(new InEffect(JULY_8.plusDays(1), MANDATORY_AVERAGE));
    }

    @Test
    void afterADiscretionaryActivationWindowsSumming20999ReleaseAndWindowsSumming21000DoNot() {
        Timeline released = releasedOrNot(DISCRETIONARY,
            new long[] {2_999, 3_000, 3_000, 3_000, 3_000, 3_000, 3_000});
        Timeline kept = releasedOrNot(DISCRETIONARY, new long[] {3_000, 3_000, 3_000, 3_000, 3_000, 3_000, 3_000});

        assertThat(low(released)).satisfies(low -> {
            assertThat(low.date()).isEqualTo("2024-07-21");
            assertThat(low.trigger()).isEqualTo(DISCRETIONARY_AVERAGE);
            assertThat(low.evidence().windows()).allSatisfy(w -> assertThat(w.average().sum()).isEqualTo(20_999));
        });
        assertThat(low(kept)).isNull();
        assertThat(kept.days().getLast().state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT);
    }
}
