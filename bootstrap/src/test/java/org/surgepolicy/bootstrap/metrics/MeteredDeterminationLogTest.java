package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.WindowAverage;

/** Determinations are counted by type once their transaction commits, and not at all when it rolls back. */
class MeteredDeterminationLogTest {

    private static final LocalDate DAY = LocalDate.parse("2024-08-09");
    private static final Determination LOW = new Determination(DAY.plusDays(1), DeterminationType.LOW,
        DAY.plusDays(15), "p10773", "Proclamation 10773", new Evidence(List.of(new EvidenceWindow(
        new WindowAverage(DAY, DAY, 1_000, 1), List.of(new DailyCount(DAY, 1_000)))), 1500, "<"));

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final DeterminationLog recordsAll = new DeterminationLog() {
        @Override
        public List<Determination> recordNew(String policyId, List<Determination> determinations) {
            return determinations;
        }

        @Override
        public List<RecordedDetermination> recorded(String policyId, Instant knownAt) {
            return List.of();
        }
    };
    private final MeteredDeterminationLog log = new MeteredDeterminationLog(recordsAll, registry);

    @AfterEach
    void endTheTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private double low() {
        return MeteredDeterminationLog.counter(registry, "p", DeterminationType.LOW).count();
    }

    @Test
    void aDeterminationIsCountedWhenItsTransactionCommits() {
        TransactionSynchronizationManager.initSynchronization();

        log.recordNew("p", List.of(LOW));
        assertThat(low()).as("before the commit").isZero();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(low()).isEqualTo(1.0);
        assertThat(MeteredDeterminationLog.counter(registry, "p", DeterminationType.HIGH).count()).isZero();
    }

    @Test
    void aRolledBackDeterminationIsNotCounted() {
        TransactionSynchronizationManager.initSynchronization();

        log.recordNew("p", List.of(LOW));
        TransactionSynchronizationManager.getSynchronizations()
            .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(low()).isZero();
    }

    @Test
    void outsideATransactionItIsCountedAtOnce() {
        log.recordNew("p", List.of(LOW, LOW));

        assertThat(low()).isEqualTo(2.0);
    }
}
