package org.surgepolicy.application.fakes;

import org.surgepolicy.application.contracts.RestatementLogContract;
import org.surgepolicy.application.policy.port.out.RestatementLog;

/** The fake restatement log keeps the port's contract. */
class InMemoryRestatementLogTest extends RestatementLogContract<InMemoryStore> {

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected RestatementLog newRestatementLog(InMemoryStore store) {
        return new InMemoryRestatementLog();
    }
}
