package org.surgepolicy.adapter.persistence;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.surgepolicy.adapter.persistence.activation.JdbcActivationDecisionStore;
import org.surgepolicy.adapter.persistence.audit.JdbcAuditTrail;
import org.surgepolicy.adapter.persistence.change.ChangeWatch;
import org.surgepolicy.adapter.persistence.change.PostgresChangeListener;
import org.surgepolicy.adapter.persistence.determination.JdbcDeterminationLog;
import org.surgepolicy.adapter.persistence.health.DatabaseHealthProperties;
import org.surgepolicy.adapter.persistence.health.DatabaseReachability;
import org.surgepolicy.adapter.persistence.imports.JdbcImportRecords;
import org.surgepolicy.adapter.persistence.imports.JdbcImportStaging;
import org.surgepolicy.adapter.persistence.imports.JdbcImportStates;
import org.surgepolicy.adapter.persistence.override.JdbcOverrideStore;
import org.surgepolicy.adapter.persistence.policy.PoliciesProperties;
import org.surgepolicy.adapter.persistence.policy.YamlPolicyCatalog;
import org.surgepolicy.adapter.persistence.restatement.JdbcRestatementLog;
import org.surgepolicy.adapter.persistence.statistics.JdbcPublishedStatistics;
import org.surgepolicy.adapter.persistence.tally.JdbcLedgerTotals;
import org.surgepolicy.adapter.persistence.tally.JdbcStagedTallyLedger;
import org.surgepolicy.adapter.persistence.tally.JdbcTallyLedger;
import org.surgepolicy.adapter.persistence.tally.TalliesProperties;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.application.imports.port.out.StagedTallyLedger;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The persistence adapters as the application's output ports, on the application's one DataSource; the jobs' lock;
 * and the background check of the database that readiness answers from.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PoliciesProperties.class, DatabaseHealthProperties.class, TalliesProperties.class})
public class PersistenceAdapterConfiguration {

    /** The one clock that stamps every writing transaction as it commits, and that readers settle. */
    @Bean
    CommitClock commitClock(DataSource dataSource, Clock clock, ChangeWatch changes) {
        return new CommitClock(dataSource, clock, changes);
    }

    /** Whether the current data changed since it was last read: while it has not, its readers keep it in memory. */
    @Bean
    ChangeWatch changeWatch() {
        return new ChangeWatch();
    }

    /**
     * On PostgreSQL, the notifications of every change to the current data, whichever node made it, on a connection
     * of its own; on H2 it ends at once, and the current data is read for every question.
     */
    @Bean(destroyMethod = "close")
    PostgresChangeListener postgresChangeListener(DataSource dataSource, ChangeWatch changes,
                                                  DatabaseHealthProperties properties) {
        return new PostgresChangeListener(OwnConnections.of(dataSource), changes, properties.interval())
            .start();
    }

    @Bean
    TallyLedger tallyLedger(DataSource dataSource, CommitClock commitClock, TalliesProperties properties) {
        return new JdbcTallyLedger(dataSource, commitClock, properties.lockWait());
    }

    /** Its own type, not the port's: the service decorates it with its meters. */
    @Bean
    DeterminationLog determinationLog(DataSource dataSource, CommitClock commitClock) {
        return new JdbcDeterminationLog(dataSource, commitClock);
    }

    @Bean
    OverrideStore overrideStore(DataSource dataSource, CommitClock commitClock) {
        return new JdbcOverrideStore(dataSource, commitClock);
    }

    @Bean
    ActivationDecisionStore activationDecisionStore(DataSource dataSource, CommitClock commitClock) {
        return new JdbcActivationDecisionStore(dataSource, commitClock);
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource, CommitClock commitClock) {
        return new JdbcAuditTrail(dataSource, commitClock);
    }

    /** The shipped definitions, and those of {@code surge.policies.location}; a bad file stops the start. */
    @Bean
    PolicyCatalog policyCatalog(PoliciesProperties properties) {
        return new YamlPolicyCatalog(properties.folder());
    }

    @Bean
    ImportRecords importRecords(DataSource dataSource, ImportFormats formats) {
        return new JdbcImportRecords(dataSource, formats);
    }

    @Bean
    ImportStates importStates(DataSource dataSource) {
        return new JdbcImportStates(dataSource);
    }

    @Bean
    ImportStaging importStaging(DataSource dataSource, ImportFormats formats) {
        return new JdbcImportStaging(dataSource, formats);
    }

    @Bean
    StagedTallyLedger stagedTallyLedger(DataSource dataSource, CommitClock commitClock) {
        return new JdbcStagedTallyLedger(dataSource, commitClock);
    }

    @Bean
    LedgerTotals ledgerTotals(DataSource dataSource) {
        return new JdbcLedgerTotals(dataSource);
    }

    @Bean
    PublishedStatistics publishedStatistics(DataSource dataSource) {
        return new JdbcPublishedStatistics(dataSource);
    }

    @Bean
    RestatementLog restatementLog(DataSource dataSource) {
        return new JdbcRestatementLog(dataSource);
    }

    /**
     * The lock behind the nightly job's "one instance of a cluster runs it": a row of the shedlock table, timed by
     * the database's clock so that instances whose clocks differ still agree.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
    }

    /** The background check of the database that readiness answers from, on connections of its own. */
    @Bean(destroyMethod = "close")
    DatabaseReachability databaseReachability(DataSource dataSource, DatabaseHealthProperties properties) {
        return new DatabaseReachability(OwnConnections.of(dataSource), properties.interval(),
            properties.timeout(), properties.staleAfter()).start();
    }
}
