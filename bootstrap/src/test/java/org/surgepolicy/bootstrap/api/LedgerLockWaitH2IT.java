package org.surgepolicy.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract's tests on H2, with the embedded default's own lock timeout of a minute: the service's wait of a second
 * decides.
 */
@FullStackTest
@TestPropertySource(properties = "surge.tallies.lock-wait=1s")
class LedgerLockWaitH2IT extends LedgerLockWaitContract {

    /**
     * What the contract's tests rest on: the embedded database's own wait (a minute, in milliseconds) is sixty times
     * the service's, so a refusal after about a second is the service's doing.
     */
    @Test
    void theServicesConnectionsWaitAMinuteOfTheirOwn() {
        assertThat(connectionSetting("select cast(lock_timeout() as varchar(20))")).isEqualTo("60000");
    }
}
