package org.surgepolicy.bootstrap.api;

import org.springframework.test.context.TestPropertySource;

/**
 * The contract's tests on H2, with the embedded default's own lock timeout of a minute: the service's wait of a second
 * decides.
 */
@FullStackTest
@TestPropertySource(properties = "surge.tallies.lock-wait=1s")
class LedgerLockWaitH2IT extends LedgerLockWaitContract {
}
