package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.application.contracts.TallyLedgerContract;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AggregateComparison;
import org.surgepolicy.application.tally.port.out.TallyLedger.BrokenChains;
import org.surgepolicy.application.tally.port.out.TallyLedger.TallyQuery;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.tally.Tally;

/**
 * The ledger's checks on each database (a subclass names it): every revision stores its key's previous count, the
 * one-pass sum of the revisions' changes equals the aggregate rebuilt from the latest revisions on any sequence of
 * appends (each seed one case), as does the same sum over the revisions recorded up to any instant with the latest
 * revisions then known, and the comparison names every day and cell on which the maintained aggregate was
 * tampered with, while the deep check names the revisions whose previous count breaks their key's chain.
 */
abstract class AggregateComparisonContract extends DatabaseContract {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final Instant T1 = Instant.parse("2024-06-02T12:00:00Z");
    private static final Instant T2 = Instant.parse("2024-06-03T12:00:00Z");
    private static final Instant T3 = Instant.parse("2024-06-04T12:00:00Z");
    private static final AggregateCell SOUTHWEST_ADULTS_CONTIGUOUS =
        new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER, Demographic.SINGLE_ADULTS, true);
    private static final List<String> AREAS = List.of("RGV", "EPT", "MIP", "SND");
    private static final List<String> CITIZENSHIPS = List.of("MEXICO", "GUATEMALA", "CANADA");

    private TallyLedger ledger;

    @BeforeEach
    void createTheLedger() {
        ledger = new JdbcTallyLedger(database.dataSource(), commitClock);
    }

    private static Tally rgv(LocalDate date, long count) {
        return TallyLedgerContract.tally(date, "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", count);
    }

    private static Tally miami(LocalDate date, long count) {
        return TallyLedgerContract.tally(date, "MIP", "FMUA", "HAITI", "APPREHENSIONS", count);
    }

    private void append(Instant at, Tally... tallies) {
        committedAt(at, () -> ledger.append(List.of(tallies), "operator", "report"));
    }

    /** Each revision's previous count, by id. */
    private Map<Long, Long> previousCounts() {
        Map<Long, Long> previous = new LinkedHashMap<>();
        database.jdbc().sql("select id, previous_count from tally_revision order by id")
            .query(rs -> {
                previous.put(rs.getLong(1), rs.getObject(2, Long.class));
            });
        return previous;
    }

    private static Map<Long, Long> entries(Long... idsAndCounts) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            map.put(idsAndCounts[i], idsAndCounts[i + 1]);
        }
        return map;
    }

    private void assertClean(AggregateComparison comparison, int days) {
        assertThat(comparison.differingDays()).isEmpty();
        assertThat(comparison.daysMaintained()).isEqualTo(days);
        assertThat(comparison.daysRebuilt()).isEqualTo(days);
        assertThat(ledger.brokenChains(10)).isEqualTo(BrokenChains.none());
    }

    @Test
    void everyRevisionKeepsTheCountItReplaced() {
        append(T1, rgv(DAY, 5), miami(DAY, 0));
        append(T2, rgv(DAY, 7), miami(DAY, 0), rgv(DAY, 3));
        append(T3, rgv(DAY, 3), miami(DAY, 2), rgv(DAY.plusDays(1), 4));

        assertThat(previousCounts()).containsExactlyEntriesOf(entries(1L, null, 2L, null, 3L, 5L, 4L, 7L, 5L, 0L,
            6L, null));
        assertClean(ledger.compareAggregates(), 2);
    }

    @Test
    void anEmptyLedgerComparesClean() {
        assertClean(ledger.compareAggregates(), 0);
    }

    @Test
    void aTamperedTotalIsFoundWithItsDayAndCell() {
        append(T1, rgv(DAY, 5), miami(DAY, 3), rgv(DAY.plusDays(1), 2));
        append(T2, rgv(DAY, 8));
        database.jdbc().sql("update daily_aggregate set total = total + 100 where tally_date = :day"
            + " and region = 'SOUTHWEST_LAND_BORDER'").param("day", DAY).update();

        AggregateComparison comparison = ledger.compareAggregates();

        assertThat(comparison.differingDays()).containsExactly(DAY);
        assertThat(comparison.maintained().day(DAY).orElseThrow().totals())
            .containsEntry(SOUTHWEST_ADULTS_CONTIGUOUS, 108L).hasSize(2);
        assertThat(comparison.rebuilt().day(DAY).orElseThrow().totals())
            .containsEntry(SOUTHWEST_ADULTS_CONTIGUOUS, 8L).hasSize(2);
        assertThat(comparison.daysMaintained()).isEqualTo(2);
        assertThat(comparison.daysRebuilt()).isEqualTo(2);
    }

    @Test
    void aDayMissingOnEitherSideIsFound() {
        append(T1, rgv(DAY, 5), rgv(DAY.plusDays(1), 2));
        database.jdbc().sql("delete from daily_aggregate where tally_date = :day").param("day", DAY).update();
        database.jdbc().sql("insert into daily_aggregate (tally_date, component, region, demographic,"
                + " contiguous_citizenship, total, changed_version) values (:day, 'USBP', 'SOUTHERN_COASTAL', 'FMUA',"
                + " false, 4, 1)")
            .param("day", DAY.plusDays(5)).update();

        AggregateComparison comparison = ledger.compareAggregates();

        assertThat(comparison.differingDays()).containsExactly(DAY, DAY.plusDays(5));
        assertThat(comparison.maintained().isReported(DAY)).isFalse();
        assertThat(comparison.rebuilt().day(DAY).orElseThrow().totals())
            .containsExactly(Map.entry(SOUTHWEST_ADULTS_CONTIGUOUS, 5L));
        assertThat(comparison.maintained().isReported(DAY.plusDays(5))).isTrue();
        assertThat(comparison.rebuilt().isReported(DAY.plusDays(5))).isFalse();
        assertThat(comparison.daysMaintained()).isEqualTo(2);
        assertThat(comparison.daysRebuilt()).isEqualTo(2);
    }

    @Test
    void aRevisionWhosePreviousCountWasAlteredIsFoundByBothChecks() {
        append(T1, rgv(DAY, 5));
        append(T2, rgv(DAY, 8));
        database.jdbc().sql("update tally_revision set previous_count = 6 where id = 2").update();

        assertThat(ledger.compareAggregates().differingDays()).containsExactly(DAY);
        assertThat(ledger.brokenChains(10)).isEqualTo(new BrokenChains(List.of(2L), 1));
    }

    @Test
    void theDeepCheckNamesTheFirstBrokenRevisionsAndCountsThemAll() {
        append(T1, rgv(DAY, 5), miami(DAY, 1), rgv(DAY.plusDays(1), 2));
        append(T2, rgv(DAY, 8), miami(DAY, 4), rgv(DAY.plusDays(1), 3));
        // A first revision with a previous count, and two later ones whose previous count is not the count before.
        database.jdbc().sql("update tally_revision set previous_count = 9 where id in (2, 4, 6)").update();

        assertThat(ledger.brokenChains(2)).isEqualTo(new BrokenChains(List.of(2L, 4L), 3));
        assertThat(ledger.brokenChains(3)).isEqualTo(new BrokenChains(List.of(2L, 4L, 6L), 3));
        assertThat(ledger.brokenChains(1)).isEqualTo(new BrokenChains(List.of(2L), 3));
    }

    @Test
    void aChainAlteredTogetherWithTheAggregateIsFoundOnlyByTheDeepCheck() {
        append(T1, rgv(DAY, 5), miami(DAY, 1));
        append(T2, rgv(DAY, 8), miami(DAY, 4));
        // As an append that compared against a wrong latest count would leave it: both sides moved alike.
        database.jdbc().sql("update tally_revision set previous_count = 2 where id = 3").update();
        database.jdbc().sql("update daily_aggregate set total = total + 3 where region = 'SOUTHWEST_LAND_BORDER'")
            .update();

        assertThat(ledger.compareAggregates().differingDays()).isEmpty();
        assertThat(ledger.brokenChains(10)).isEqualTo(new BrokenChains(List.of(3L), 1));
        assertThat(ledger.aggregates(FIRST, LAST)).isNotEqualTo(ledger.rebuildAggregates(FIRST, LAST));
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 16);
    }

    /** A tally of a few days and keys in three regions, so that keys meet: some new, some equal, some changed. */
    private static Tally randomTally(Random random) {
        String area = AREAS.get(random.nextInt(AREAS.size()));
        return TallyLedgerContract.tally(DAY.plusDays(random.nextInt(3)), area,
            random.nextBoolean() ? "SINGLE_ADULTS" : "UC_SINGLE_MINORS",
            CITIZENSHIPS.get(random.nextInt(CITIZENSHIPS.size())), "APPREHENSIONS", random.nextInt(4));
    }

    /**
     * {@code least} to {@code least + 7} appends of 1 to 12 random tallies each, a minute apart after T1; returns
     * their instants.
     */
    private List<Instant> appendRandomly(Random random, int least) {
        List<Instant> instants = new ArrayList<>();
        Instant at = T1;
        for (int append = least + random.nextInt(8); append > 0; append--) {
            List<Tally> tallies = new ArrayList<>();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                tallies.add(randomTally(random));
            }
            at = at.plusSeconds(60);
            instants.add(at);
            committedAt(at, () -> ledger.append(tallies, "operator", "report"));
        }
        return instants;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOnePassSumEqualsTheAggregateRebuiltFromTheLatestRevisions(int seed) {
        appendRandomly(new Random(seed), 1);

        DailyAggregates rebuilt = ledger.rebuildAggregates(FIRST, LAST);
        AggregateComparison comparison = ledger.compareAggregates();

        assertThat(comparison.differingDays()).as("seed %d", seed).isEmpty();
        assertThat(comparison.daysRebuilt()).as("seed %d", seed).isEqualTo(rebuilt.size());
        assertThat(ledger.aggregates(FIRST, LAST)).as("seed %d", seed).isEqualTo(rebuilt);
        assertThat(ledger.brokenChains(10)).as("seed %d", seed).isEqualTo(BrokenChains.none());
        // The same sums, tampered with in one cell of one day, differ there and only there.
        LocalDate day = rebuilt.days().iterator().next().date();
        database.jdbc().sql("update daily_aggregate set total = total + 1 where tally_date = :day"
            + " and region = (select min(region) from daily_aggregate where tally_date = :day)").param("day", day)
            .update();
        assertThat(ledger.compareAggregates().differingDays()).as("seed %d", seed).containsExactly(day);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSumAsKnownAtAnInstantEqualsTheLatestRevisionsKnownThen(int seed) {
        List<Instant> instants = appendRandomly(new Random(seed), 2);

        for (Instant instant : instants) {
            for (Instant knownAt : List.of(instant.minusSeconds(1), instant, instant.plusSeconds(1))) {
                // Apart from the previous counts: each day's latest revisions as known then, found by key.
                List<Tally> latest = new ArrayList<>();
                for (int day = 0; day < 3; day++) {
                    ledger.revisions(new TallyQuery(DAY.plusDays(day), null, knownAt, false))
                        .forEach(revision -> latest.add(revision.tally()));
                }
                assertThat(ledger.aggregatesKnownAt(FIRST, LAST, knownAt)).as("seed %d, known at %s", seed, knownAt)
                    .isEqualTo(DailyAggregates.of(latest));
                assertThat(ledger.aggregatesKnownAt(DAY.plusDays(1), DAY.plusDays(1), knownAt))
                    .as("seed %d, known at %s, one day", seed, knownAt)
                    .isEqualTo(DailyAggregates.of(latest.stream()
                        .filter(tally -> tally.key().date().equals(DAY.plusDays(1))).toList()));
            }
        }
        assertThat(ledger.aggregatesKnownAt(FIRST, LAST, T1)).as("seed %d, before the first", seed)
            .isEqualTo(DailyAggregates.empty());
        assertThat(ledger.aggregatesKnownAt(FIRST, LAST, instants.getLast())).as("seed %d, now", seed)
            .isEqualTo(ledger.aggregates(FIRST, LAST));
    }
}
