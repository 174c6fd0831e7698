package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.port.out.TallyLedger.AppendResult;
import org.surgepolicy.application.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

/** The fake ledger keeps the semantics of the JDBC ledger's contract test, on which the services rely. */
class InMemoryTallyLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Instant EARLY = Instant.parse("2024-06-02T08:00:00Z");
    private static final Instant LATE = Instant.parse("2024-06-02T20:00:00Z");

    private final MutableClock clock = new MutableClock(EARLY);
    private final InMemoryTallyLedger ledger = new InMemoryTallyLedger(clock);

    private AppendResult append(Instant at, Tally... tallies) {
        clock.set(at);
        return ledger.append(List.of(tallies), "operator", "report");
    }

    private List<Long> history() {
        return ledger.revisions(new TallyQuery(DAY, null, null, true)).stream().map(r -> r.tally().count()).toList();
    }

    @Test
    void equalCountsAreNoOpsThatLeaveTheVersionAlone() {
        assertThat(append(EARLY, borderPatrol(DAY, "RGV", 10), borderPatrol(DAY, "TCA", 4)))
            .isEqualTo(new AppendResult(2, 0, 0));
        long version = ledger.version();

        assertThat(append(LATE, borderPatrol(DAY, "RGV", 10), borderPatrol(DAY, "TCA", 4)))
            .isEqualTo(new AppendResult(0, 0, 2));
        assertThat(ledger.version()).isEqualTo(version).isEqualTo(1);
        assertThat(ledger.daysChangedSince(version)).isEmpty();
    }

    @Test
    void aKeyTwiceInOneAppendIsTwoRevisionsOfWhichTheLaterCounts() {
        assertThat(append(EARLY, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY, "RGV", 2), borderPatrol(DAY, "RGV", 2)))
            .isEqualTo(new AppendResult(1, 1, 1));

        assertThat(history()).containsExactly(1L, 2L);
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 2))));
    }

    @Test
    void onlyDaysWhoseAggregateChangedAreNamedAfterAVersion() {
        append(EARLY, borderPatrol(DAY, "RGV", 6), borderPatrol(DAY, "TCA", 2), borderPatrol(DAY.plusDays(1), "RGV", 1));
        long before = ledger.version();

        // The same cell total (8) in other shares: a new revision, but the day's aggregate is unchanged.
        append(LATE, borderPatrol(DAY, "RGV", 2), borderPatrol(DAY, "TCA", 6));
        long swapped = ledger.version();
        append(LATE, borderPatrol(DAY.plusDays(2), "RGV", 3));

        assertThat(swapped).isGreaterThan(before);
        assertThat(ledger.daysChangedSince(before)).containsExactly(DAY.plusDays(2));
        assertThat(ledger.daysChangedSince(0)).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThat(ledger.aggregates(DAY, DAY.plusDays(2))).isEqualTo(ledger.rebuildAggregates(DAY, DAY.plusDays(2)));
    }

    @Test
    void aClockThatGoesBackStampsTheRevisionWithTheLatestInstant() {
        append(LATE, borderPatrol(DAY, "RGV", 1));
        append(EARLY, borderPatrol(DAY, "RGV", 2));

        List<TallyRevision> revisions = ledger.revisions(new TallyQuery(DAY, null, null, true));

        assertThat(revisions).extracting(TallyRevision::recordedAt).containsExactly(LATE, LATE);
        assertThat(ledger.revisions(new TallyQuery(DAY, null, LATE, false)))
            .extracting(TallyRevision::tally).containsExactly(borderPatrol(DAY, "RGV", 2));
    }

    @Test
    void knownAtIsInclusiveAndSeesNothingRecordedLater() {
        append(EARLY, borderPatrol(DAY, "RGV", 1));
        append(LATE, borderPatrol(DAY, "RGV", 2), borderPatrol(DAY, "MIP", 5));

        assertThat(ledger.aggregatesKnownAt(DAY, DAY, EARLY))
            .isEqualTo(DailyAggregates.of(List.of(borderPatrol(DAY, "RGV", 1))));
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, LATE)).isEqualTo(ledger.aggregates(DAY, DAY));
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, EARLY.minusNanos(1)).size()).isZero();
        assertThat(ledger.knownAtReads()).isEqualTo(3);
    }

    @Test
    void rebuildingMarksEveryDayInANewVersion() {
        append(EARLY, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY.plusDays(3), "RGV", 1));
        long before = ledger.version();

        assertThat(ledger.rebuildMaintainedAggregates()).isEqualTo(2);
        assertThat(ledger.version()).isEqualTo(before + 1);
        assertThat(ledger.daysChangedSince(before)).containsExactly(DAY, DAY.plusDays(3));
        assertThat(ledger.newestDay()).contains(DAY.plusDays(3));
    }

    @Test
    void readsAreCountedByKind() {
        append(EARLY, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY.plusDays(1), "RGV", 1));

        ledger.aggregates(DAY, DAY.plusDays(5));
        DailyAggregates some = ledger.aggregates(List.of(DAY.plusDays(1), DAY.plusDays(9), DAY.plusDays(1)));

        assertThat(some.size()).isEqualTo(1);
        assertThat(ledger.rangeReads()).isEqualTo(1);
        assertThat(ledger.dayReads()).containsExactly(List.of(DAY.plusDays(1), DAY.plusDays(9)));
    }
}
