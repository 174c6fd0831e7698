package org.surgepolicy.application.fakes;

import org.surgepolicy.application.contracts.ActivationDecisionStoreContract;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;

/** The fake activation decision store keeps the port's contract. */
class InMemoryActivationDecisionStoreTest extends ActivationDecisionStoreContract<InMemoryStore> {

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected ActivationDecisionStore newActivationDecisionStore(InMemoryStore store) {
        return new InMemoryActivationDecisionStore(store.clock());
    }
}
