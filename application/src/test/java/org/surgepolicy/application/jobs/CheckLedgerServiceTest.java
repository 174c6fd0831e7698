package org.surgepolicy.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryTallyLedger;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.AggregateCheck;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.DayMismatch;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery.LedgerCheck;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;

class CheckLedgerServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private final InMemoryTallyLedger ledger = new InMemoryTallyLedger(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final CheckLedgerService service = new CheckLedgerService(new AggregateCheckService(ledger), ledger);

    /** Revisions 1 to 3 are the first of their keys (RGV and El Paso on DAY, RGV the day after); 4 to 6 revise them. */
    private void twoAppends() {
        ledger.append(List.of(borderPatrol(DAY, "RGV", 5), borderPatrol(DAY, "EPT", 3),
            borderPatrol(DAY.plusDays(1), "RGV", 2)), "op", "test");
        ledger.append(List.of(borderPatrol(DAY, "RGV", 8), borderPatrol(DAY, "EPT", 4),
            borderPatrol(DAY.plusDays(1), "RGV", 6)), "op", "test");
    }

    @Test
    void aLedgerAsItsAppendsLeftItIsConsistentByBothChecks() {
        twoAppends();

        LedgerCheck check = service.check(10);

        assertThat(check).isEqualTo(new LedgerCheck(new AggregateCheck(2, 2, List.of()), List.of(), 0));
        assertThat(check.consistent()).isTrue();
    }

    @Test
    void anAlteredPreviousCountIsFoundByBothChecks() {
        twoAppends();
        ledger.alterPreviousCount(4, 6L);

        LedgerCheck check = service.check(10);

        // The one pass sums 5 + 3 + (8 - 6) + (4 - 3) = 11 for the day's cell, where the latest counts make 12.
        assertThat(check.aggregates().mismatches()).containsExactly(new DayMismatch(DAY,
            totals(borderPatrol(DAY, "RGV", 12)), totals(borderPatrol(DAY, "RGV", 11))));
        assertThat(check.brokenRevisions()).containsExactly(4L);
        assertThat(check.brokenCount()).isEqualTo(1);
        assertThat(check.consistent()).isFalse();
    }

    @Test
    void previousCountsAlteredSoThatTheirCellStillSumsAreFoundByTheDeepCheckOnly() {
        twoAppends();
        // RGV's and El Paso's revisions of DAY are in the same cell: one change larger by 1, the other smaller by 1.
        ledger.alterPreviousCount(4, 4L);
        ledger.alterPreviousCount(5, 4L);

        LedgerCheck check = service.check(10);

        assertThat(check.aggregates()).isEqualTo(new AggregateCheck(2, 2, List.of()));
        assertThat(check.brokenRevisions()).containsExactly(4L, 5L);
        assertThat(check.brokenCount()).isEqualTo(2);
        assertThat(check.consistent()).isFalse();
    }

    @Test
    void theFirstRevisionsAreNamedAndAllAreCounted() {
        twoAppends();
        ledger.alterPreviousCount(2, 0L);
        ledger.alterPreviousCount(3, 0L);
        ledger.alterPreviousCount(6, 1L);

        LedgerCheck check = service.check(2);

        assertThat(check.brokenRevisions()).containsExactly(2L, 3L);
        assertThat(check.brokenCount()).isEqualTo(3);
        // A first revision with a previous count of 0 breaks its chain but leaves the sum as it was.
        assertThat(check.aggregates().mismatches()).extracting(DayMismatch::date).containsExactly(DAY.plusDays(1));
    }

    @Test
    void atLeastOneRevisionIsNamed() {
        assertThatThrownBy(() -> service.check(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least 1");
    }

    private static String totals(Tally tally) {
        return DailyAggregates.of(List.of(tally)).day(tally.key().date()).orElseThrow().totals().toString();
    }
}
