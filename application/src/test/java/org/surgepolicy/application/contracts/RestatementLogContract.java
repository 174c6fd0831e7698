package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedRestatement;
import org.surgepolicy.domain.rule.Restatement;

/**
 * What every {@link RestatementLog} must do, run by each implementation's subclass: the JDBC adapter on each database
 * and the in-memory fake the services' tests use.
 */
public abstract class RestatementLogContract<S extends ContractStore> extends PortContract<S> {

    protected static final String POLICY = "securing-the-border";
    protected static final Instant T1 = Instant.parse("2024-07-01T04:00:00.000001Z");
    protected static final Instant T2 = Instant.parse("2024-07-09T04:00:00Z");
    protected static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    protected RestatementLog log;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract RestatementLog newRestatementLog(S store);

    @BeforeEach
    void createRestatementLog() {
        log = newRestatementLog(store);
    }

    protected static Restatement restatement(LocalDate date, DeterminationType type, Restatement.Kind kind,
                                             String description) {
        return new Restatement(date, type, kind, null, null, description);
    }

    protected static RecordedRestatement recorded(Restatement r, Instant at) {
        return new RecordedRestatement(POLICY, r.date(), r.type(), r.kind(), r.description(), at);
    }

    private static final Restatement WITHDRAWN =
        restatement(DAY, DeterminationType.LOW, Restatement.Kind.WITHDRAWN, "the LOW determination is withdrawn");
    private static final Restatement ADDED =
        restatement(DAY.plusDays(3), DeterminationType.HIGH, Restatement.Kind.ADDED, "a HIGH determination is added");

    @Test
    void anEmptyLogHasNothingForAnyPolicy() {
        assertThat(log.recorded(POLICY)).isEmpty();
    }

    @Test
    void recordsOnlyTheRestatementsNotYetDetectedAndKeepsTheFirstDetection() {
        List<RecordedRestatement> first = log.recordNew(POLICY, List.of(WITHDRAWN), T1);
        List<RecordedRestatement> second = log.recordNew(POLICY, List.of(WITHDRAWN, ADDED), T2);

        assertThat(first).containsExactly(recorded(WITHDRAWN, T1));
        assertThat(second).containsExactly(recorded(ADDED, T2));
        assertThat(log.recorded(POLICY)).containsExactly(recorded(WITHDRAWN, T1), recorded(ADDED, T2));
    }

    @Test
    void otherWordsForTheSameDateTypeAndKindAreAnotherRestatement() {
        Restatement revised = restatement(DAY, DeterminationType.LOW, Restatement.Kind.REVISED, "evidence changed");
        Restatement revisedAgain = restatement(DAY, DeterminationType.LOW, Restatement.Kind.REVISED,
            "evidence changed again");

        log.recordNew(POLICY, List.of(revised), T1);
        List<RecordedRestatement> again = log.recordNew(POLICY, List.of(revised, revisedAgain), T2);

        assertThat(again).containsExactly(recorded(revisedAgain, T2));
        assertThat(log.recorded(POLICY)).containsExactly(recorded(revised, T1), recorded(revisedAgain, T2));
    }

    @Test
    void policiesHaveTheirOwnLogsReadInDetectionOrder() {
        log.recordNew("other-policy", List.of(ADDED), T1);
        log.recordNew(POLICY, List.of(ADDED), T1);
        log.recordNew(POLICY, List.of(WITHDRAWN), T2);

        assertThat(log.recorded("other-policy")).containsExactly(
            new RecordedRestatement("other-policy", ADDED.date(), ADDED.type(), ADDED.kind(), ADDED.description(), T1));
        assertThat(log.recorded(POLICY)).containsExactly(recorded(ADDED, T1), recorded(WITHDRAWN, T2));
        assertThat(log.recorded("unknown")).isEmpty();
    }

    @Test
    void concurrentCallsRecordEachRestatementOnce() throws Exception {
        List<Restatement> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(restatement(DAY.plusDays(i), DeterminationType.values()[i % 2], Restatement.Kind.ADDED,
                "added on day " + i));
        }
        List<Callable<List<RecordedRestatement>>> calls = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            List<Restatement> mine = all.subList(t % 3, all.size());
            calls.add(() -> committedAt(T1, () -> log.recordNew(POLICY, mine, T1)));
        }
        List<RecordedRestatement> recordedNow = concurrently(calls).stream().flatMap(List::stream).toList();

        assertThat(recordedNow).extracting(RecordedRestatement::description)
            .containsExactlyInAnyOrderElementsOf(all.stream().map(Restatement::description).toList());
        assertThat(log.recorded(POLICY)).containsExactlyInAnyOrderElementsOf(recordedNow);
    }
}
