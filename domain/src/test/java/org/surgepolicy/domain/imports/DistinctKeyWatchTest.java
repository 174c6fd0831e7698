package org.surgepolicy.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.fixtures.Tallies;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.statistics.TitleOfAuthority;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

class DistinctKeyWatchTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate JUNE_2 = JUNE_1.plusDays(1);

    private final DistinctKeyWatch watch = new DistinctKeyWatch();

    @Test
    void aFileInDateOrderWithDistinctKeysIsProvenChunkAfterChunk() {
        watch.see(List.of(row(2, JUNE_1, "RGV"), row(3, JUNE_1, "ELC")));
        watch.see(List.of(row(4, JUNE_2, "RGV"), rejected(5), row(6, JUNE_2, "ELC")));

        assertThat(watch.proven()).isTrue();
        assertThat(watch.lastLine()).isEqualTo(6);
    }

    @Test
    void aKeyRepeatedWithinItsDatesRunLosesTheProof() {
        watch.see(List.of(row(2, JUNE_1, "RGV"), row(3, JUNE_1, "ELC"), row(4, JUNE_1, "RGV")));

        assertThat(watch.proven()).isFalse();
    }

    @Test
    void aRowDatedBeforeTheOneAboveItLosesTheProofEvenWithDistinctKeys() {
        watch.see(List.of(row(2, JUNE_2, "RGV"), row(3, JUNE_1, "RGV")));

        assertThat(watch.proven()).isFalse();
    }

    @Test
    void theSameKeyAgainAfterALaterDateLosesTheProofByItsDateAlone() {
        // June 1 RGV, June 2 RGV, June 1 RGV: the repeat comes after a later date, which the order refuses.
        watch.see(List.of(row(2, JUNE_1, "RGV"), row(3, JUNE_2, "RGV"), row(4, JUNE_1, "RGV")));

        assertThat(watch.proven()).isFalse();
    }

    @Test
    void aWatchThatDidNotStartAtTheFirstLineProvesNothing() {
        watch.see(List.of(row(10_002, JUNE_1, "RGV")));

        assertThat(watch.proven()).isFalse();
        assertThat(watch.lastLine()).isEqualTo(DistinctKeyWatch.FIRST_LINE - 1);
    }

    @Test
    void aChunkSeenAgainOrAChunkMissedLosesTheProof() {
        DistinctKeyWatch again = new DistinctKeyWatch();
        again.see(List.of(row(2, JUNE_1, "RGV"), row(3, JUNE_1, "ELC")));
        again.see(List.of(row(2, JUNE_1, "RGV"), row(3, JUNE_1, "ELC")));
        DistinctKeyWatch missed = new DistinctKeyWatch();
        missed.see(List.of(row(2, JUNE_1, "RGV")));
        missed.see(List.of(row(4, JUNE_2, "RGV")));

        assertThat(again.proven()).isFalse();
        assertThat(missed.proven()).isFalse();
    }

    @Test
    void aLostProofStaysLost() {
        watch.see(List.of(row(2, JUNE_2, "RGV"), row(3, JUNE_1, "RGV")));
        watch.see(List.of(row(4, JUNE_2.plusDays(1), "RGV")));

        assertThat(watch.proven()).isFalse();
    }

    @Test
    void aLineOfPublishedStatisticsIsNoDailyRowAndLosesTheProof() {
        watch.see(new ImportLine.StatisticLine(2, new Statistic(Dataset.CBP_NATIONWIDE, YearMonth.of(2024, 6), Component.USBP,
            null, Demographic.SINGLE_ADULTS, Citizenship.MEXICO, TitleOfAuthority.TITLE_8, EncounterType.APPREHENSIONS, 100), "raw"));

        assertThat(watch.proven()).isFalse();
    }

    /**
     * Sound: whatever the lines (dates in or out of order, keys repeated or not, lines skipped or repeated), a proof
     * that holds means that the rows seen have distinct keys. And complete for what it is made for: the same rows in
     * date order, numbered in turn, are proven exactly when their keys are distinct.
     */
    @EverySeed
    void theProofHoldsOnlyForDistinctKeysAndAlwaysForDistinctKeysInDateOrder(long seed) {
        RandomData random = new RandomData(seed);
        List<Tally> rows = new ArrayList<>();
        int count = random.between(0, 60);
        for (int i = 0; i < count; i++) {
            rows.add(Tallies.tally(JUNE_1.plusDays(random.between(0, 3)), Component.USBP,
                List.of("RGV", "ELC", "SDC").get(random.between(0, 2)),
                List.of(Demographic.SINGLE_ADULTS, Demographic.FMUA).get(random.between(0, 1)), "MEXICO", i));
        }
        boolean distinct = distinct(rows);

        DistinctKeyWatch anyOrder = new DistinctKeyWatch();
        long line = DistinctKeyWatch.FIRST_LINE;
        for (Tally row : rows) {
            int turn = random.between(0, 19);
            long number = turn == 0 ? line + 1 : turn == 1 ? line - 1 : line;
            anyOrder.see(new ImportLine.TallyLine(number, row, "raw"));
            line = number + 1;
        }
        if (anyOrder.proven()) {
            assertThat(distinct).as("a proof for rows whose keys repeat: %s", rows).isTrue();
        }

        List<Tally> inDateOrder = new ArrayList<>(rows);
        inDateOrder.sort((a, b) -> a.key().date().compareTo(b.key().date()));
        DistinctKeyWatch sorted = new DistinctKeyWatch();
        for (int i = 0; i < inDateOrder.size(); i++) {
            sorted.see(new ImportLine.TallyLine(DistinctKeyWatch.FIRST_LINE + i, inDateOrder.get(i), "raw"));
        }
        assertThat(sorted.proven()).as("rows in date order: %s", inDateOrder).isEqualTo(distinct);
    }

    private static boolean distinct(List<Tally> rows) {
        Set<TallyKey> keys = new HashSet<>();
        return rows.stream().allMatch(row -> keys.add(row.key()));
    }

    private static ImportLine.TallyLine row(long line, LocalDate date, String area) {
        return new ImportLine.TallyLine(line, Tallies.borderPatrol(date, area, 100), "raw");
    }

    private static ImportLine.Rejected rejected(long line) {
        return new ImportLine.Rejected(line, "the count is not a number", "raw");
    }
}
