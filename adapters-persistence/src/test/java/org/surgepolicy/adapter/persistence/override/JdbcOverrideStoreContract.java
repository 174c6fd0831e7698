package org.surgepolicy.adapter.persistence.override;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.OverrideStoreContract;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The contract of the override store on each database (a subclass names it), and what only the JDBC adapter does: it
 * adds only inside a transaction.
 */
abstract class JdbcOverrideStoreContract extends OverrideStoreContract<TestDatabase> {

    @Override
    protected OverrideStore newOverrideStore(TestDatabase database) {
        return new JdbcOverrideStore(database.dataSource(), database.commitClock());
    }

    @Test
    void addingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> overrides.add(POLICY,
            override(PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 8, 2), null, T1)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
    }
}
