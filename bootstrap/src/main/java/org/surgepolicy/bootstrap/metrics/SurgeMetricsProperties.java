package org.surgepolicy.bootstrap.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code surge.metrics.*}: settings of the service's own meters.
 *
 * @param statusCacheTtl                how long a policy's status, read for the gauges, is reused: one scrape reads
 *                                      each policy's status once rather than once per gauge (0 reads it for every
 *                                      gauge)
 * @param maxSources                    how many distinct submission sources the tally counters tell apart; the
 *                                      sources past them are counted under {@code other}, so that a client sending
 *                                      a new source each time cannot grow the metrics without end
 * @param auditVerificationInterval     how often the audit chain is walked for the {@code surge_audit_chain_*} gauges
 * @param auditVerificationInitialDelay how long after start-up the first walk starts
 */
@ConfigurationProperties("surge.metrics")
public record SurgeMetricsProperties(@DefaultValue("2s") Duration statusCacheTtl,
                                     @DefaultValue("100") int maxSources,
                                     @DefaultValue("1h") Duration auditVerificationInterval,
                                     @DefaultValue("10s") Duration auditVerificationInitialDelay) {
}
