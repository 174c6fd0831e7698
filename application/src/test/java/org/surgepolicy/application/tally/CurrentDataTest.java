package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryTallyLedger;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;

class CurrentDataTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Instant AT = Instant.parse("2024-07-01T12:00:00Z");

    private final InMemoryTallyLedger ledger = new InMemoryTallyLedger(new MutableClock(AT));
    private final CurrentData data = new CurrentData(ledger);

    private void append(List<Tally> tallies) {
        ledger.append(tallies, "operator", "report");
    }

    private DailyAggregates everything() {
        return ledger.rebuildAggregates(LocalDate.MIN, LocalDate.MAX);
    }

    @Test
    void aReadThatKeepsServesTheNextReadWhileTheLedgerDoesNotChange() {
        append(DailySeries.startingOn(DAY).repeat(100, 30).tallies());

        DailyAggregates first = data.read(true);
        DailyAggregates second = data.read(true);

        assertThat(second).isSameAs(first).isEqualTo(everything());
        assertThat(ledger.rangeReads()).isEqualTo(1);
    }

    @Test
    void aChangeIsPatchedInByReadingOnlyTheChangedDays() {
        append(DailySeries.startingOn(DAY).repeat(100, 30).tallies());
        data.read(true);

        append(List.of(counted(DAY.plusDays(3), 90), counted(DAY.plusDays(40), 5), counted(DAY, 100)));
        DailyAggregates patched = data.read(true);

        assertThat(patched).isEqualTo(everything());
        assertThat(ledger.rangeReads()).isEqualTo(1);
        assertThat(ledger.dayReads()).containsExactly(List.of(DAY.plusDays(3), DAY.plusDays(40)));
    }

    @Test
    void aReadThatDoesNotKeepLeavesTheKeptSnapshotAsItWas() {
        append(List.of(counted(DAY, 100)));
        data.read(true);
        append(List.of(counted(DAY, 120)));

        DailyAggregates unkept = data.read(false);
        DailyAggregates next = data.read(true);

        assertThat(unkept).isEqualTo(next).isEqualTo(everything());
        assertThat(ledger.dayReads()).containsExactly(List.of(DAY), List.of(DAY));
    }

    @Test
    void manyChangedDaysAreReadAgainInFull() {
        append(List.of(counted(DAY, 1)));
        data.read(true);

        append(DailySeries.startingOn(DAY.plusDays(1)).repeat(7, 2_001).tallies());
        DailyAggregates read = data.read(true);

        assertThat(read.size()).isEqualTo(2_002);
        assertThat(ledger.rangeReads()).isEqualTo(2);
        assertThat(ledger.dayReads()).isEmpty();
    }

    @Test
    void forgettingMakesTheNextReadStartFromTheLedger() {
        append(List.of(counted(DAY, 1)));
        data.read(true);

        data.forget();
        data.read(true);

        assertThat(ledger.rangeReads()).isEqualTo(2);
    }
}
