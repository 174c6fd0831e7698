package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.application.tally.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.DayAggregate;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.LatestRevisions;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * What every {@link TallyLedger} must do, run by each implementation's subclass: the JDBC ledger on each database and
 * the in-memory fake the services' tests use.
 */
public abstract class TallyLedgerContract<S extends ContractStore> extends PortContract<S> {

    protected static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    protected static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    protected static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    protected static final Instant T1 = Instant.parse("2024-06-02T12:00:00.123456Z");
    protected static final Instant T2 = Instant.parse("2024-06-03T12:00:00Z");
    protected static final Instant T3 = Instant.parse("2024-06-04T12:00:00Z");

    protected TallyLedger ledger;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract TallyLedger newLedger(S store);

    @BeforeEach
    void createTheLedger() {
        ledger = newLedger(store);
    }

    public static Tally tally(LocalDate date, String area, String demographic, String citizenship, String type,
                              long count) {
        String component = Areas.find(area).orElseThrow().component().name();
        return new Tally(TallyKey.parse(date, component, area, demographic, citizenship, type), count);
    }

    protected static Tally rgv(LocalDate date, long count) {
        return tally(date, "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", count);
    }

    protected static Tally miami(LocalDate date, long count) {
        return tally(date, "MIP", "FMUA", "HAITI", "APPREHENSIONS", count);
    }

    protected AppendResult append(Instant at, Tally... tallies) {
        return committedAt(at, () -> ledger.append(List.of(tallies), "operator", "daily-report"));
    }

    protected AppendResult append(Instant at, String recordedBy, Tally... tallies) {
        return committedAt(at, () -> ledger.append(List.of(tallies), recordedBy, "report"));
    }

    protected List<TallyRevision> history(LocalDate date) {
        return ledger.revisions(new TallyQuery(date, null, null, true));
    }

    protected static List<Long> counts(List<TallyRevision> revisions) {
        return revisions.stream().map(r -> r.tally().count()).toList();
    }

    @Test
    void appendingTheSameRowsTwiceStoresNothingTheSecondTime() {
        AppendResult first = append(T1, rgv(DAY, 412), miami(DAY, 30));
        long version = ledger.version();

        AppendResult second = append(T2, rgv(DAY, 412), miami(DAY, 30));

        assertThat(first).isEqualTo(new AppendResult(2, 0, 0));
        assertThat(second).isEqualTo(new AppendResult(0, 0, 2));
        assertThat(ledger.version()).isEqualTo(version);
        assertThat(ledger.daysChangedSince(version)).isEmpty();
        assertThat(history(DAY)).hasSize(2).allSatisfy(r -> assertThat(r.recordedAt()).isEqualTo(T1));
    }

    @Test
    void aDifferentCountIsARevisionANewKeyIsAddedAndTheLatestCounts() {
        append(T1, rgv(DAY, 412));
        AppendResult revised = append(T2, rgv(DAY, 400), miami(DAY, 7));

        assertThat(revised).isEqualTo(new AppendResult(1, 1, 0));
        assertThat(counts(history(DAY))).containsExactly(412L, 400L, 7L);
        assertThat(counts(ledger.revisions(new TallyQuery(DAY, null, null, false)))).containsExactly(400L, 7L);
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 400), miami(DAY, 7))));
    }

    @Test
    void revisionsCarryWhoRecordedThemFromWhichSourceInRecordingOrder() {
        committedAt(T1, () -> ledger.append(List.of(rgv(DAY, 1)), "alice", "rgv-daily-report"));
        committedAt(T2, () -> ledger.append(List.of(rgv(DAY, 2)), "bob", "import-7"));

        List<TallyRevision> revisions = history(DAY);

        assertThat(revisions).extracting(TallyRevision::recordedBy).containsExactly("alice", "bob");
        assertThat(revisions).extracting(TallyRevision::source).containsExactly("rgv-daily-report", "import-7");
        assertThat(revisions).extracting(TallyRevision::recordedAt).containsExactly(T1, T2);
        assertThat(revisions.get(0).sequence()).isLessThan(revisions.get(1).sequence());
        assertThat(revisions).extracting(TallyRevision::tally).containsExactly(rgv(DAY, 1), rgv(DAY, 2));
    }

    @Test
    void aKeyGivenTwiceInOneAppendGetsTwoRevisionsAndTheLaterWins() {
        AppendResult result = append(T1, rgv(DAY, 5), rgv(DAY, 9), rgv(DAY, 9));

        assertThat(result).isEqualTo(new AppendResult(1, 1, 1));
        assertThat(counts(history(DAY))).containsExactly(5L, 9L);
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 9))));
    }

    @Test
    void appendsMadeTogetherHaveTheOutcomeOfOneAfterTheOtherEachWithItsOwnSender() {
        append(T1, rgv(DAY, 5));
        long version = ledger.version();

        List<AppendResult> results = committedAt(T2, () -> ledger.appendAll(List.of(
            new TallyLedger.Append(List.of(rgv(DAY, 7), miami(DAY, 3)), "alice", "rgv-daily-report"),
            new TallyLedger.Append(List.of(rgv(DAY, 7)), "bob", "import-7"),
            new TallyLedger.Append(List.of(rgv(DAY, 8), miami(DAY, 0), rgv(DAY.plusDays(1), 2)), "carol", "late"))));

        assertThat(results).containsExactly(new AppendResult(1, 1, 0), new AppendResult(0, 0, 1),
            new AppendResult(1, 2, 0));
        List<TallyRevision> revisions = history(DAY);
        assertThat(revisions).extracting(TallyRevision::tally)
            .containsExactly(rgv(DAY, 5), rgv(DAY, 7), miami(DAY, 3), rgv(DAY, 8), miami(DAY, 0));
        assertThat(revisions).extracting(TallyRevision::recordedBy)
            .containsExactly("operator", "alice", "alice", "carol", "carol");
        assertThat(revisions).extracting(TallyRevision::source)
            .containsExactly("daily-report", "rgv-daily-report", "rgv-daily-report", "late", "late");
        assertThat(revisions.subList(1, revisions.size())).allSatisfy(r -> assertThat(r.recordedAt()).isEqualTo(T2));
        assertThat(revisions).extracting(TallyRevision::sequence).isSorted();
        assertThat(ledger.aggregates(DAY, DAY.plusDays(1))).isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 8),
            miami(DAY, 0), rgv(DAY.plusDays(1), 2))));
        assertThat(ledger.aggregates(FIRST, LAST)).isEqualTo(ledger.rebuildAggregates(FIRST, LAST));
        assertThat(ledger.version()).isGreaterThan(version);
        assertThat(ledger.daysChangedSince(version)).containsExactly(DAY, DAY.plusDays(1));
    }

    @Test
    void theAppendsLeaveTheLedgerConsistentByBothChecks() {
        append(T1, rgv(DAY, 5), miami(DAY, 0), rgv(DAY.plusDays(1), 2));
        append(T2, rgv(DAY, 7), miami(DAY, 0), rgv(DAY, 3));
        append(T3, rgv(DAY, 3), miami(DAY, 2), rgv(DAY.plusDays(1), 4));

        TallyLedger.AggregateComparison comparison = ledger.compareAggregates();

        assertThat(comparison.differingDays()).isEmpty();
        assertThat(comparison.daysMaintained()).isEqualTo(2);
        assertThat(comparison.daysRebuilt()).isEqualTo(2);
        assertThat(ledger.brokenChains(10)).isEqualTo(TallyLedger.BrokenChains.none());
    }

    @Test
    void theAggregateSumsTheLatestCountsPerDayAndCell() {
        append(T1,
            rgv(DAY, 100),
            tally(DAY, "RGV", "SINGLE_ADULTS", "GUATEMALA", "EXPULSIONS", 20),
            tally(DAY, "TCA", "SINGLE_ADULTS", "CANADA", "APPREHENSIONS", 3),
            tally(DAY, "RGV", "UC_SINGLE_MINORS", "HONDURAS", "APPREHENSIONS", 40),
            tally(DAY, "BLW", "FMUA", "CANADA", "APPREHENSIONS", 8),
            tally(DAY, "ELP", "SINGLE_ADULTS", "MEXICO", "INADMISSIBLES", 50),
            miami(DAY, 6));
        append(T2, tally(DAY, "TCA", "SINGLE_ADULTS", "CANADA", "APPREHENSIONS", 5));

        DayAggregate day = ledger.aggregates(DAY, DAY).day(DAY).orElseThrow();

        assertThat(day.totals()).isEqualTo(Map.of(
            new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER, Demographic.SINGLE_ADULTS, true), 105L,
            new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER, Demographic.SINGLE_ADULTS, false), 20L,
            new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER, Demographic.UC_SINGLE_MINORS, false), 40L,
            new AggregateCell(Component.USBP, Region.NORTHERN_LAND_BORDER, Demographic.FMUA, true), 8L,
            new AggregateCell(Component.OFO, Region.SOUTHWEST_LAND_BORDER, Demographic.SINGLE_ADULTS, true), 50L,
            new AggregateCell(Component.USBP, Region.SOUTHERN_COASTAL, Demographic.FMUA, false), 6L));
        assertThat(ledger.rebuildAggregates(DAY, DAY)).isEqualTo(ledger.aggregates(DAY, DAY));
    }

    @Test
    void aZeroCountMakesTheDayReported() {
        append(T1, rgv(DAY, 0));

        assertThat(ledger.aggregates(FIRST, LAST).isReported(DAY)).isTrue();
        assertThat(ledger.aggregates(FIRST, LAST).sum(DAY, cell -> true)).contains(0L);
        assertThat(ledger.newestDay()).contains(DAY);
    }

    @Test
    void anEmptyLedgerHasNoDaysAndVersionZero() {
        assertThat(ledger.aggregates(FIRST, LAST).size()).isZero();
        assertThat(ledger.newestDay()).isEmpty();
        assertThat(ledger.version()).isZero();
        assertThat(ledger.daysChangedSince(0)).isEmpty();
        assertThat(append(T1)).isEqualTo(new AppendResult(0, 0, 0));
    }

    @Test
    void aggregatesAreReadForARangeOrForGivenDays() {
        for (int i = 0; i < 5; i++) {
            append(T1.plusSeconds(i), rgv(DAY.plusDays(i), 10 + i));
        }

        assertThat(ledger.aggregates(DAY.plusDays(1), DAY.plusDays(3)).days())
            .extracting(DayAggregate::date).containsExactly(DAY.plusDays(1), DAY.plusDays(2), DAY.plusDays(3));
        assertThat(ledger.aggregates(List.of(DAY.plusDays(4), DAY, DAY.plusDays(9))).days())
            .extracting(DayAggregate::date).containsExactly(DAY, DAY.plusDays(4));
        assertThat(ledger.aggregates(List.of(DAY.plusDays(4))).sum(DAY.plusDays(4), cell -> true)).contains(14L);
        assertThat(ledger.newestDay()).contains(DAY.plusDays(4));
    }

    @Test
    void knownAtReadsSeeOnlyTheRevisionsRecordedUpToTheInstant() {
        append(T1, rgv(DAY, 5));
        append(T2, rgv(DAY, 7), miami(DAY, 3));
        append(T3, rgv(DAY, 9));

        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T1.minusNanos(1000)).size()).isZero();
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T1)).isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 5))));
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T2.minusSeconds(1)))
            .isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 5))));
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T2))
            .isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 7), miami(DAY, 3))));
        assertThat(ledger.aggregatesKnownAt(FIRST, LAST, T3.plusSeconds(60)))
            .isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 9), miami(DAY, 3))))
            .isEqualTo(ledger.aggregates(FIRST, LAST));

        assertThat(counts(ledger.revisions(new TallyQuery(DAY, null, T2, false)))).containsExactly(7L, 3L);
        assertThat(counts(ledger.revisions(new TallyQuery(DAY, null, T2, true)))).containsExactly(5L, 7L, 3L);
        assertThat(ledger.revisions(new TallyQuery(DAY, null, T1.minusSeconds(1), true))).isEmpty();
    }

    @Test
    void aKnownAtBetweenMicrosecondsDoesNotSeeALaterRevision() {
        append(T1, rgv(DAY, 5));
        append(T1.plusNanos(1_000), rgv(DAY, 6));

        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T1.plusNanos(999)))
            .isEqualTo(DailyAggregates.of(List.of(rgv(DAY, 5))));
    }

    @Test
    void revisionsCanBeFilteredByArea() {
        append(T1, rgv(DAY, 5), miami(DAY, 3), rgv(DAY.plusDays(1), 4));
        append(T2, miami(DAY, 2));

        assertThat(ledger.revisions(new TallyQuery(DAY, "MIP", null, false)))
            .extracting(TallyRevision::tally).containsExactly(miami(DAY, 2));
        assertThat(counts(ledger.revisions(new TallyQuery(DAY, "MIP", null, true)))).containsExactly(3L, 2L);
        assertThat(counts(ledger.revisions(new TallyQuery(DAY, "MIP", T1, false)))).containsExactly(3L);
        assertThat(ledger.revisions(new TallyQuery(DAY, "TCA", null, true))).isEmpty();
    }

    @Test
    void theVersionGrowsWithEveryStoringAppendAndNamesTheDaysChanged() {
        long v0 = ledger.version();
        append(T1, rgv(DAY, 5), rgv(DAY.plusDays(2), 1));
        long v1 = ledger.version();
        append(T2, rgv(DAY.plusDays(1), 5), rgv(DAY, 5));
        long v2 = ledger.version();
        append(T3, rgv(DAY.plusDays(1), 5));

        assertThat(v1).isGreaterThan(v0);
        assertThat(v2).isGreaterThan(v1);
        assertThat(ledger.version()).isEqualTo(v2);
        assertThat(ledger.daysChangedSince(v0)).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThat(ledger.daysChangedSince(v1)).containsExactly(DAY.plusDays(1));
        assertThat(ledger.daysChangedSince(v2)).isEmpty();
    }

    @Test
    void aRevisionThatLeavesTheCellTotalUnchangedDoesNotMarkTheDay() {
        Tally a = tally(DAY, "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 5);
        Tally b = tally(DAY, "RGV", "SINGLE_ADULTS", "MEXICO", "EXPULSIONS", 3);
        append(T1, a, b);
        long version = ledger.version();

        append(T2, tally(DAY, "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 3),
            tally(DAY, "RGV", "SINGLE_ADULTS", "MEXICO", "EXPULSIONS", 5));

        assertThat(ledger.version()).isGreaterThan(version);
        assertThat(ledger.daysChangedSince(version)).isEmpty();
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(ledger.rebuildAggregates(DAY, DAY));
    }

    @Test
    void onlyDaysWhoseAggregateChangedAreNamedAfterAVersion() {
        append(T1, borderPatrol(DAY, "RGV", 6), borderPatrol(DAY, "TCA", 2), borderPatrol(DAY.plusDays(1), "RGV", 1));
        long before = ledger.version();

        // The same cell total (8) in other shares: a new revision, but the day's aggregate is unchanged.
        append(T2, borderPatrol(DAY, "RGV", 2), borderPatrol(DAY, "TCA", 6));
        long swapped = ledger.version();
        append(T2, borderPatrol(DAY.plusDays(2), "RGV", 3));

        assertThat(swapped).isGreaterThan(before);
        assertThat(ledger.daysChangedSince(before)).containsExactly(DAY.plusDays(2));
        assertThat(ledger.daysChangedSince(0)).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
        assertThat(ledger.aggregates(DAY, DAY.plusDays(2))).isEqualTo(ledger.rebuildAggregates(DAY, DAY.plusDays(2)));
    }

    @Test
    void rebuildingMarksEveryDayInANewVersion() {
        append(T1, borderPatrol(DAY, "RGV", 1), borderPatrol(DAY.plusDays(3), "RGV", 1));
        long before = ledger.version();

        assertThat(committedAt(T2, ledger::rebuildMaintainedAggregates)).isEqualTo(2);
        assertThat(ledger.version()).isGreaterThan(before);
        assertThat(ledger.daysChangedSince(before)).containsExactly(DAY, DAY.plusDays(3));
        assertThat(ledger.newestDay()).contains(DAY.plusDays(3));
    }

    @Test
    void aClockThatGoesBackDoesNotReorderTheRevisions() {
        append(T2, rgv(DAY, 5));
        append(T1, rgv(DAY, 6));

        List<TallyRevision> revisions = history(DAY);

        assertThat(revisions).extracting(TallyRevision::recordedAt).containsExactly(T2, T2);
        assertThat(counts(ledger.revisions(new TallyQuery(DAY, null, T2, false)))).containsExactly(6L);
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T2)).isEqualTo(ledger.aggregates(DAY, DAY));
    }

    @Test
    void aTwoThousandRowDayOverManyBatchesMatchesTheDomainSum() {
        List<Tally> day = twoThousandRows(DAY, 0);
        List<Tally> revised = twoThousandRows(DAY, 1);

        AppendResult first = committedAt(T1, () -> ledger.append(day, "operator", "bulk"));
        AppendResult second = committedAt(T2, () -> ledger.append(revised, "operator", "bulk"));

        assertThat(first).isEqualTo(new AppendResult(2_000, 0, 0));
        assertThat(second).isEqualTo(new AppendResult(0, 1_000, 1_000));
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(DailyAggregates.of(revised))
            .isEqualTo(ledger.rebuildAggregates(DAY, DAY));
        assertThat(ledger.aggregatesKnownAt(DAY, DAY, T1)).isEqualTo(DailyAggregates.of(day));
        assertThat(ledger.revisions(new TallyQuery(DAY, null, null, false))).hasSize(2_000);
    }

    /** 2,000 distinct keys of one day; {@code seed} changes about half the counts. */
    public static List<Tally> twoThousandRows(LocalDate date, int seed) {
        List<Tally> tallies = new ArrayList<>();
        List<String> areas = Areas.all().stream().map(a -> a.code()).toList();
        List<String> countries = Citizenship.KNOWN.stream().sorted().toList();
        outer:
        for (String area : areas) {
            for (Demographic demographic : Demographic.values()) {
                for (String country : countries) {
                    for (EncounterType type : EncounterType.values()) {
                        if (tallies.size() == 2_000) {
                            break outer;
                        }
                        long count = (tallies.size() * 7L + (tallies.size() % 2 == 0 ? seed : 0)) % 500;
                        tallies.add(tally(date, area, demographic.name(), country, type.name(), count));
                    }
                }
            }
        }
        return tallies;
    }

    @Test
    void concurrentAppendsKeepEveryRevisionAndTheLatestByRecordingOrderWins() throws Exception {
        int threads = 20;
        List<Tally> keys = twoThousandRows(DAY, 0).subList(0, 60);
        List<Callable<AppendResult>> appends = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            // Overlapping keys with counts that differ per thread; instants deliberately out of thread order.
            List<Tally> mine = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                if ((k + thread) % 3 != 0) {
                    mine.add(new Tally(keys.get(k).key(), (keys.get(k).count() + thread * 11L) % 997));
                }
            }
            Instant at = T1.plusSeconds((thread * 7L) % threads);
            appends.add(() -> committedAt(at, () -> ledger.append(mine, "thread-" + thread, "load")));
        }
        List<AppendResult> results = concurrently(appends);
        int stored = results.stream().mapToInt(AppendResult::stored).sum();

        List<TallyRevision> history = history(DAY);
        assertThat(history).hasSize(stored);
        assertThat(results.stream().mapToInt(AppendResult::added).sum()).as("each key is new once").isEqualTo(60);
        assertThat(history).isSortedAccordingTo(TallyRevision.RECORDING_ORDER);
        assertThat(history).isSortedAccordingTo(Comparator.comparingLong(TallyRevision::sequence));
        assertThat(ledger.revisions(new TallyQuery(DAY, null, null, false)))
            .extracting(TallyRevision::tally)
            .containsExactlyInAnyOrderElementsOf(LatestRevisions.of(history));
        assertThat(ledger.aggregates(DAY, DAY)).isEqualTo(ledger.rebuildAggregates(DAY, DAY))
            .isEqualTo(DailyAggregates.ofRevisions(history));
        assertThat(ledger.daysChangedSince(0)).containsExactly(DAY);
    }
}
