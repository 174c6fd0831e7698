package org.surgepolicy.adapter.persistence.tally;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How submissions of tallies meet the ledger.
 *
 * @param lockWait how long a group of submissions waits for the ledger's lock, which another change may hold (the
 *                 publish of a large import holds it until it commits), before each of its submissions is answered
 *                 as busy with nothing stored; the same on both databases, whatever their own lock timeout
 */
@ConfigurationProperties("surge.tallies")
public record TalliesProperties(@DefaultValue("60s") Duration lockWait) {

    public TalliesProperties {
        if (lockWait.toMillis() < 1) {
            throw new IllegalArgumentException("surge.tallies.lock-wait must be at least 1ms, was " + lockWait);
        }
    }
}
