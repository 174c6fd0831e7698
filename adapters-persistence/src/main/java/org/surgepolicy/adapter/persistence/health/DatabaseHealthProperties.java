package org.surgepolicy.adapter.persistence.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the database's health is found for {@code /actuator/health/readiness}.
 *
 * @param interval   how often a check asks the database, on a connection of its own
 * @param timeout    how long one check may take before it counts as failed (whole seconds, at least one)
 * @param staleAfter how long without any check answering makes the database unreachable even when no check has
 *                   failed yet (a check that hangs)
 */
@ConfigurationProperties("surge.health.database")
public record DatabaseHealthProperties(@DefaultValue("500ms") Duration interval,
                                       @DefaultValue("1s") Duration timeout,
                                       @DefaultValue("3s") Duration staleAfter) {
}
