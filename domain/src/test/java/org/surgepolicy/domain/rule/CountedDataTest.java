package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.southernBorderPatrol;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;
import static org.surgepolicy.domain.fixtures.Tallies.counted;
import static org.surgepolicy.domain.fixtures.Tallies.fieldOperations;
import static org.surgepolicy.domain.fixtures.Tallies.tally;
import static org.surgepolicy.domain.fixtures.Tallies.unaccompaniedChildren;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;

/** The counting rules of the shipped versions applied to a day's tallies. */
class CountedDataTest {

    static final PolicyDefinition SHIPPED = securingTheBorder();
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    static final LocalDate ONLY_OFO = DAY.plusDays(1);
    static final LocalDate LAST = DAY.plusDays(3);

    static final DailyAggregates DATA = DailyAggregates.of(List.of(
        counted(DAY, 1_000),
        borderPatrol(DAY, "MIP", 20),
        borderPatrol(DAY, "NLL", 3),
        borderPatrol(DAY, "BLW", 400),
        fieldOperations(DAY, 5_000),
        unaccompaniedChildren(DAY, "MEXICO", 7),
        unaccompaniedChildren(DAY, "CANADA", 1),
        unaccompaniedChildren(DAY, "GUATEMALA", 50),
        unaccompaniedChildren(DAY, "OTHER", 9),
        tally(DAY, Component.USBP, "TCA", Demographic.FMUA, "HONDURAS", 30),
        tally(DAY, Component.USBP, "RMY", Demographic.ACCOMPANIED_MINORS, "CUBA", 2),
        fieldOperations(ONLY_OFO, 4_000)));

    static CountedData countedData(Map<LocalDate, Long> replacements) {
        return CountedData.of(SHIPPED, DATA, replacements, SHIPPED.maxLookBack(), LAST);
    }

    @Test
    void p10773CountsBorderPatrolOfTheSouthernBorderWithoutUnaccompaniedChildrenOfFarCountries() {
        CountedSeries series = countedData(Map.of()).series(southernBorderPatrol(false));

        assertThat(series.count(series.index(DAY))).isEqualTo(1_000 + 20 + 3 + 7 + 1 + 30 + 2);
    }

    @Test
    void p10817AlsoCountsUnaccompaniedChildrenOfEveryCountry() {
        CountedSeries series = countedData(Map.of()).series(southernBorderPatrol(true));

        assertThat(series.count(series.index(DAY))).isEqualTo(1_000 + 20 + 3 + 7 + 1 + 50 + 9 + 30 + 2);
    }

    @Test
    void aDayWithOnlyUncountedTalliesIsReportedWithZeroAndADayWithoutTalliesIsMissing() {
        CountedSeries series = countedData(Map.of()).series(southernBorderPatrol(true));

        assertThat(series.count(series.index(ONLY_OFO))).isZero();
        assertThat(series.count(series.index(LAST))).isEqualTo(CountedSeries.MISSING);
        assertThat(DATA.isReported(ONLY_OFO)).isTrue();
        assertThat(DATA.isReported(LAST)).isFalse();
    }

    @Test
    void replacementsStandInForADaysTotalUnderEveryRule() {
        CountedData data = countedData(Map.of(DAY, 42L, LAST, 7L));

        for (boolean children : new boolean[] {false, true}) {
            CountedSeries series = data.series(southernBorderPatrol(children));
            assertThat(series.count(series.index(DAY))).isEqualTo(42);
            assertThat(series.count(series.index(LAST))).isEqualTo(7);
        }
    }

    @Test
    void theDataStartsAtTheLongestLookBackBeforeThePolicy() {
        CountedData data = countedData(Map.of());

        assertThat(data.origin()).isEqualTo(P10773_FROM.minusDays(34));
        assertThat(data.lastDay()).isEqualTo(LAST);
    }

    @Test
    void extendingFillsEveryDayFromTheGivenOneWithTheCount() {
        CountedData extended = countedData(Map.of()).extendedWith(LAST, LAST.plusDays(2), 0);
        CountedSeries series = extended.series(southernBorderPatrol(false));

        assertThat(extended.lastDay()).isEqualTo(LAST.plusDays(2));
        assertThat(series.count(series.index(ONLY_OFO))).isZero();
        assertThat(series.count(series.index(DAY))).isEqualTo(1_063);
        assertThat(series.count(series.index(LAST.plusDays(2)))).isZero();
    }

    @Test
    void aRuleTheDefinitionDoesNotUseHasNoSeries() {
        CountedData data = CountedData.of(SHIPPED, DATA, Map.of(), 0, LAST);

        assertThatThrownBy(() -> data.series(new CountingRule(Set.of(Component.OFO), Set.of(Region.OTHER), false)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no series counted for");
    }
}
