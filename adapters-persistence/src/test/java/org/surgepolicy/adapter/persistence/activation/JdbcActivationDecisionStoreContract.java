package org.surgepolicy.adapter.persistence.activation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.ActivationDecisionStoreContract;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;

/**
 * The contract of the activation decision store on each database (a subclass names it), and what only the JDBC
 * adapter does: it adds only inside a transaction.
 */
abstract class JdbcActivationDecisionStoreContract extends ActivationDecisionStoreContract<TestDatabase> {

    @Override
    protected ActivationDecisionStore newActivationDecisionStore(TestDatabase database) {
        return new JdbcActivationDecisionStore(database.dataSource(), database.commitClock());
    }

    @Test
    void addingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> decisions.add(POLICY, decision(JULY_8, JULY_8, T1)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
    }
}
