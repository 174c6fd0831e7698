package org.surgepolicy.bootstrap.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.adapter.persistence.health.DatabaseReachability;

/**
 * The database's part of readiness. Boot's own {@code db} indicator borrows a connection from the pool for every
 * probe: while the database is down each probe then waits for the pool's timeout, and a load balancer that gives a
 * probe one second sees only time-outs. This one answers from what a background check last found (see
 * {@link DatabaseReachability}), at once, and replaces Boot's under the same name.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseHealthConfiguration {

    /** Named so that it takes the place of Boot's {@code db} indicator in the readiness group. */
    @Bean
    HealthIndicator dbHealthIndicator(DatabaseReachability reachability) {
        return () -> {
            DatabaseReachability.Finding finding = reachability.current();
            Health.Builder health = finding.reachable() ? Health.up() : Health.down();
            if (finding.lastAnswer() != null) {
                health.withDetail("lastAnswer", finding.lastAnswer().toString());
            }
            if (finding.problem() != null) {
                health.withDetail("problem", finding.problem());
            }
            return health.build();
        };
    }
}
