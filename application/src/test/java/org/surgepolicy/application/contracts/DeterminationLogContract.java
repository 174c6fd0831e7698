package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.WindowAverage;

/**
 * What every {@link DeterminationLog} must do, run by each implementation's subclass: the JDBC adapter on each
 * database and the in-memory fake the services' tests use.
 */
public abstract class DeterminationLogContract<S extends ContractStore> extends PortContract<S> {

    protected static final String POLICY = "securing-the-border";
    protected static final Instant T1 = Instant.parse("2024-07-01T04:00:00.000001Z");
    protected static final Instant T2 = Instant.parse("2024-07-09T04:00:00Z");

    protected DeterminationLog log;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract DeterminationLog newDeterminationLog(S store);

    @BeforeEach
    void createDeterminationLog() {
        log = newDeterminationLog(store);
    }

    /**
     * A determination on {@code date} resting on {@code windows} consecutive windows of seven days each, the last
     * ending the day before, with daily counts that start at {@code count}.
     */
    protected static Determination determination(LocalDate date, DeterminationType type, int windows, long count) {
        List<EvidenceWindow> evidence = new ArrayList<>();
        for (int w = windows - 1; w >= 0; w--) {
            LocalDate to = date.minusDays(1 + w);
            List<DailyCount> days = new ArrayList<>();
            for (int d = 6; d >= 0; d--) {
                days.add(new DailyCount(to.minusDays(d), count + d + w));
            }
            long sum = days.stream().mapToLong(DailyCount::count).sum();
            evidence.add(new EvidenceWindow(new WindowAverage(to.minusDays(6), to, sum, 7), days));
        }
        return new Determination(date, type, date.plusDays(type == DeterminationType.LOW ? 14 : 1), "p10773",
            "Proclamation 10773 §2(a)-(c), §4",
            new Evidence(evidence, type == DeterminationType.LOW ? 1_500 : 2_500, type == DeterminationType.LOW
                ? "<" : ">="));
    }

    protected static final Determination LOW =
        determination(LocalDate.of(2024, 6, 20), DeterminationType.LOW, 1, 1_400);
    protected static final Determination HIGH =
        determination(LocalDate.of(2024, 6, 28), DeterminationType.HIGH, 1, 2_600);
    protected static final Determination LATER_LOW =
        determination(LocalDate.of(2024, 11, 2), DeterminationType.LOW, 28, 1_000);

    protected List<Determination> recordNew(Instant at, Determination... determinations) {
        return committedAt(at, () -> log.recordNew(POLICY, List.of(determinations)));
    }

    @Test
    void recordsOnlyTheDeterminationsNotYetRecorded() {
        List<Determination> first = recordNew(T1, LOW, HIGH);
        List<Determination> second = recordNew(T2, LOW, HIGH, LATER_LOW);

        assertThat(first).containsExactly(LOW, HIGH);
        assertThat(second).containsExactly(LATER_LOW);
        assertThat(log.recorded(POLICY, null)).containsExactly(new RecordedDetermination(POLICY, LOW, T1),
            new RecordedDetermination(POLICY, HIGH, T1), new RecordedDetermination(POLICY, LATER_LOW, T2));
    }

    @Test
    void theFirstRecordingIsKeptWhenTheDataLaterYieldsADifferentDetermination() {
        recordNew(T1, HIGH);
        Determination restated = determination(HIGH.date(), DeterminationType.HIGH, 1, 2_700);

        assertThat(recordNew(T2, restated)).isEmpty();
        assertThat(log.recorded(POLICY, null)).containsExactly(new RecordedDetermination(POLICY, HIGH, T1));
    }

    @Test
    void theEvidenceOfTwentyEightWindowsComesBackExactly() {
        recordNew(T1, LATER_LOW);

        Determination read = log.recorded(POLICY, null).getFirst().determination();

        assertThat(read).isEqualTo(LATER_LOW);
        assertThat(read.evidence().windows()).hasSize(28);
        assertThat(read.from()).isEqualTo(LATER_LOW.from());
    }

    @Test
    void knownAtReadsOnlyWhatWasRecordedUpToThen() {
        recordNew(T1, LOW);
        recordNew(T2, HIGH);

        assertThat(log.recorded(POLICY, T1.minusNanos(1_000))).isEmpty();
        assertThat(log.recorded(POLICY, T1)).extracting(RecordedDetermination::determination).containsExactly(LOW);
        assertThat(log.recorded(POLICY, T2.minusSeconds(1))).extracting(RecordedDetermination::determination)
            .containsExactly(LOW);
        assertThat(log.recorded(POLICY, T2)).extracting(RecordedDetermination::determination)
            .containsExactly(LOW, HIGH);
    }

    @Test
    void policiesHaveTheirOwnLogsAndAreReadOldestFirst() {
        committedAt(T1, () -> log.recordNew("other-policy", List.of(HIGH)));
        recordNew(T1, LATER_LOW);
        recordNew(T2, LOW);

        assertThat(log.recorded("other-policy", null)).containsExactly(
            new RecordedDetermination("other-policy", HIGH, T1));
        assertThat(log.recorded(POLICY, null)).extracting(RecordedDetermination::determination)
            .containsExactly(LOW, LATER_LOW);
        assertThat(log.recorded("unknown", null)).isEmpty();
    }

    @Test
    void concurrentCallsRecordEachDeterminationOnce() throws Exception {
        List<Determination> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            DeterminationType type = DeterminationType.values()[i % 2];
            all.add(determination(LocalDate.of(2024, 7, 1).plusDays(i), type, 1, 100 * i));
        }
        List<Callable<List<Determination>>> calls = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            List<Determination> mine = all.subList(t % 3, all.size());
            calls.add(() -> committedAt(T1, () -> log.recordNew(POLICY, mine)));
        }
        List<Determination> recordedNow = concurrently(calls).stream().flatMap(List::stream).toList();

        assertThat(recordedNow).containsExactlyInAnyOrderElementsOf(all);
        assertThat(log.recorded(POLICY, null)).extracting(RecordedDetermination::determination)
            .containsExactlyInAnyOrderElementsOf(recordedNow);
    }
}
