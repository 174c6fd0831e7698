package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.contracts.DeterminationLogContract;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.WindowAverage;

/** The fake determination log keeps the port's contract, and reads by date, then type, as the JDBC log does. */
class InMemoryDeterminationLogTest extends DeterminationLogContract<InMemoryStore> {

    private static final String FAKE_POLICY = "securing-the-border";
    private static final Instant FAKE_T1 = Instant.parse("2024-07-01T12:00:00Z");
    private static final Instant FAKE_T2 = Instant.parse("2024-07-02T12:00:00Z");

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected DeterminationLog newDeterminationLog(InMemoryStore store) {
        return new InMemoryDeterminationLog(store.clock());
    }

    /** A determination on {@code date} resting on one window of a single day that counted {@code count}. */
    private static Determination oneWindow(LocalDate date, DeterminationType type, long count) {
        LocalDate day = date.minusDays(1);
        return new Determination(date, type, date.plusDays(1), "v1", "Test rule §1", new Evidence(List.of(
            new EvidenceWindow(new WindowAverage(day, day, count, 1), List.of(new DailyCount(day, count)))), 10,
            type == DeterminationType.LOW ? "<" : ">="));
    }

    @Test
    void theLogKeepsTheFirstRecordingOfEachDateAndTypeAndReadsByDateThenType() {
        MutableClock clock = new MutableClock(FAKE_T1);
        InMemoryDeterminationLog log = new InMemoryDeterminationLog(clock);
        LocalDate day = LocalDate.of(2024, 6, 20);
        Determination low = oneWindow(day, DeterminationType.LOW, 1);
        Determination high = oneWindow(day, DeterminationType.HIGH, 50);
        Determination earlier = oneWindow(day.minusDays(5), DeterminationType.LOW, 2);

        List<Determination> first = log.recordNew(FAKE_POLICY, List.of(low));
        clock.set(FAKE_T2);
        List<Determination> second = log.recordNew(FAKE_POLICY,
            List.of(oneWindow(day, DeterminationType.LOW, 3), high, earlier));
        log.recordNew("other-policy", List.of(low));

        assertThat(first).containsExactly(low);
        assertThat(second).containsExactly(high, earlier);
        assertThat(log.recorded(FAKE_POLICY, null)).contains(new RecordedDetermination(FAKE_POLICY, low, FAKE_T1));
        assertThat(log.recorded(FAKE_POLICY, null)).extracting(RecordedDetermination::determination)
            .containsExactly(earlier, high, low);
        assertThat(log.recorded(FAKE_POLICY, FAKE_T2.minusNanos(1))).extracting(RecordedDetermination::determination)
            .containsExactly(low);
        assertThat(log.recorded("other-policy", null)).hasSize(1);
    }
}
