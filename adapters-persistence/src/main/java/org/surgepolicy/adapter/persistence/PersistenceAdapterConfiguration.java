package org.surgepolicy.adapter.persistence;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.adapter.persistence.audit.JdbcAuditTrail;
import org.surgepolicy.adapter.persistence.determination.JdbcDeterminationLog;
import org.surgepolicy.adapter.persistence.override.JdbcOverrideStore;
import org.surgepolicy.adapter.persistence.policy.YamlPolicyCatalog;
import org.surgepolicy.adapter.persistence.tally.JdbcTallyLedger;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.application.port.out.OverrideStore;
import org.surgepolicy.application.port.out.PolicyCatalog;
import org.surgepolicy.application.port.out.TallyLedger;

/** The persistence adapters as the application's output ports, on the application's one DataSource. */
@Configuration(proxyBeanMethods = false)
public class PersistenceAdapterConfiguration {

    /** The one clock that stamps every writing transaction as it commits, and that readers settle. */
    @Bean
    CommitClock commitClock(DataSource dataSource, Clock clock) {
        return new CommitClock(dataSource, clock);
    }

    @Bean
    TallyLedger tallyLedger(DataSource dataSource, CommitClock commitClock) {
        return new JdbcTallyLedger(dataSource, commitClock);
    }

    @Bean
    DeterminationLog determinationLog(DataSource dataSource, CommitClock commitClock) {
        return new JdbcDeterminationLog(dataSource, commitClock);
    }

    @Bean
    OverrideStore overrideStore(DataSource dataSource, CommitClock commitClock) {
        return new JdbcOverrideStore(dataSource, commitClock);
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource, CommitClock commitClock) {
        return new JdbcAuditTrail(dataSource, commitClock);
    }

    /** The shipped definitions, and those of {@code surge.policies.location}; a bad file stops the start. */
    @Bean
    PolicyCatalog policyCatalog(@Value("${surge.policies.location:}") String location) {
        return new YamlPolicyCatalog(location.isBlank() ? null : Path.of(location));
    }
}
