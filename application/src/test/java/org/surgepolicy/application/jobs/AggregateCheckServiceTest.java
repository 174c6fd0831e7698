package org.surgepolicy.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;
import static org.surgepolicy.domain.fixtures.Tallies.fieldOperations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryTallyLedger;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.AggregateCheck;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.DayMismatch;
import org.surgepolicy.application.tally.port.out.TallyLedger.AggregateComparison;
import org.surgepolicy.domain.tally.DailyAggregates;

class AggregateCheckServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Test
    void aLedgerWhoseAggregateMatchesItsRevisionsPasses() {
        InMemoryTallyLedger ledger = new InMemoryTallyLedger(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        ledger.append(List.of(borderPatrol(DAY, "RGV", 5), borderPatrol(DAY.plusDays(1), "EPT", 0)), "op", "test");
        ledger.append(List.of(borderPatrol(DAY, "RGV", 7)), "op", "test");

        AggregateCheck check = new AggregateCheckService(ledger).check();

        assertThat(check).isEqualTo(new AggregateCheck(2, 2, List.of()));
        assertThat(check.matches()).isTrue();
    }

    @Test
    void theComparisonKeepsOnlyTheDaysThatDifferWithBothSidesOfEach() {
        DailyAggregates maintained = DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 5),
            borderPatrol(DAY.plusDays(1), "RGV", 2), borderPatrol(DAY.plusDays(2), "RGV", 1)));
        DailyAggregates rebuilt = DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 5),
            borderPatrol(DAY.plusDays(1), "RGV", 3), fieldOperations(DAY.plusDays(1), 1),
            borderPatrol(DAY.plusDays(3), "RGV", 4)));

        AggregateComparison comparison = AggregateComparison.of(maintained, rebuilt);

        assertThat(comparison.differingDays()).containsExactly(DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3));
        assertThat(comparison.maintained()).isEqualTo(maintained.between(DAY.plusDays(1), DAY.plusDays(2)));
        assertThat(comparison.rebuilt()).isEqualTo(DailyAggregates.ofDays(List.of(
            rebuilt.day(DAY.plusDays(1)).orElseThrow(), rebuilt.day(DAY.plusDays(3)).orElseThrow())));
        assertThat(comparison.daysMaintained()).isEqualTo(3);
        assertThat(comparison.daysRebuilt()).isEqualTo(3);
    }

    @Test
    void aMismatchNamesTheDayAndEachSidesTotals() {
        DailyAggregates maintained = DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 6)));
        DailyAggregates rebuilt = DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 5)));

        AggregateCheck check = AggregateCheckService.of(AggregateComparison.of(maintained, rebuilt));

        assertThat(check.mismatches()).containsExactly(new DayMismatch(DAY,
            maintained.day(DAY).orElseThrow().totals().toString(), rebuilt.day(DAY).orElseThrow().totals().toString()));
        assertThat(check.mismatches().getFirst().maintained()).contains("=6");
        assertThat(check.matches()).isFalse();
    }
}
