package org.surgepolicy.adapter.persistence.imports;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.restatement.JdbcRestatementLog;
import org.surgepolicy.adapter.persistence.statistics.JdbcPublishedStatistics;
import org.surgepolicy.adapter.persistence.tally.JdbcLedgerTotals;
import org.surgepolicy.adapter.persistence.tally.JdbcStagedTallyLedger;
import org.surgepolicy.application.port.out.ImportRecords;
import org.surgepolicy.application.port.out.ImportStaging;
import org.surgepolicy.application.port.out.ImportStates;
import org.surgepolicy.application.port.out.LedgerTotals;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.application.port.out.RestatementLog;
import org.surgepolicy.application.port.out.StagedTallyLedger;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The ports of the imports, the published statistics, the restatements and the jobs' lock, on the application's one
 * DataSource.
 */
@Configuration(proxyBeanMethods = false)
public class ImportPersistenceConfiguration {

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
}
