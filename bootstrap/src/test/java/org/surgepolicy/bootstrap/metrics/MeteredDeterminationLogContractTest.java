package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.surgepolicy.application.contracts.DeterminationLogContract;
import org.surgepolicy.application.fakes.InMemoryDeterminationLog;
import org.surgepolicy.application.fakes.InMemoryStore;
import org.surgepolicy.application.policy.port.out.DeterminationLog;

/** The metered log keeps the port's contract of the log it counts for (here the in-memory one). */
class MeteredDeterminationLogContractTest extends DeterminationLogContract<InMemoryStore> {

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected DeterminationLog newDeterminationLog(InMemoryStore store) {
        return new MeteredDeterminationLog(new InMemoryDeterminationLog(store.clock()), new SimpleMeterRegistry());
    }
}
