package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.surgepolicy.adapter.persistence.PostgresAvailable;
import org.surgepolicy.adapter.persistence.PostgresSchema;

/**
 * The contract's tests on PostgreSQL, whose connections have no lock timeout of their own: the service's wait of a
 * second decides.
 */
@ExtendWith(PostgresAvailable.class)
@FullStackTest
@TestPropertySource(properties = "surge.tallies.lock-wait=1s")
class LedgerLockWaitPostgresIT extends LedgerLockWaitContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry);
    }

    /** What the contract's tests rest on: without the service's wait, a submission would wait for the lock for ever. */
    @Test
    void theServicesConnectionsHaveNoLockTimeoutOfTheirOwn() {
        assertThat(connectionSetting("show lock_timeout")).isEqualTo("0");
    }
}
