package org.surgepolicy.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the service says about the age of the data.
 *
 * @param staleAfterDays how many days old the newest reported day may be before every status, report, the dashboard
 *                       and the stale-data gauge call the data stale (0: anything older than today is stale)
 */
@ConfigurationProperties("surge.data")
public record SurgeDataProperties(@DefaultValue("3") int staleAfterDays) {

    public SurgeDataProperties {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("surge.data.stale-after-days must be 0 or more, was " + staleAfterDays);
        }
    }
}
