package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.DETERMINATIONS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.DETERMINATIONS_UNIT;
import static org.surgepolicy.bootstrap.metrics.MeterNames.POLICY;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TYPE;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedDetermination;

/** The determination log, counting each determination recorded, by policy and type, once its transaction commits. */
public final class MeteredDeterminationLog implements DeterminationLog {

    private final DeterminationLog log;
    private final MeterRegistry registry;

    public MeteredDeterminationLog(DeterminationLog log, MeterRegistry registry) {
        this.log = log;
        this.registry = registry;
    }

    static Counter counter(MeterRegistry registry, String policyId, DeterminationType type) {
        return Counter.builder(DETERMINATIONS).tag(POLICY, policyId).tag(TYPE, type.name())
            .baseUnit(DETERMINATIONS_UNIT)
            .description("Determinations recorded when first made, by policy and type (HIGH, LOW)")
            .register(registry);
    }

    @Override
    public List<Determination> recordNew(String policyId, List<Determination> determinations) {
        List<Determination> recorded = log.recordNew(policyId, determinations);
        if (!recorded.isEmpty()) {
            afterCommit(() -> recorded.forEach(d -> counter(registry, policyId, d.type()).increment()));
        }
        return recorded;
    }

    @Override
    public List<RecordedDetermination> recorded(String policyId, Instant knownAt) {
        return log.recorded(policyId, knownAt);
    }

    /** A rolled-back determination was never recorded: count it only when its transaction commits. */
    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
