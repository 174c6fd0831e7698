package org.surgepolicy.bootstrap.batch;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.out.BatchJobs;
import org.surgepolicy.application.port.out.ImportFiles;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.application.port.out.LedgerTotals;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.application.port.out.ReportArchive;
import org.surgepolicy.application.port.out.StagedTallyLedger;
import org.surgepolicy.application.port.out.TallyLedger;
import org.surgepolicy.application.service.AggregateCheckService;
import org.surgepolicy.application.service.Auditor;
import org.surgepolicy.application.service.DemoDataService;
import org.surgepolicy.application.service.DeterminationRecorder;
import org.surgepolicy.application.service.ImportFailureService;
import org.surgepolicy.application.service.ImportPublisher;
import org.surgepolicy.application.service.ImportService;
import org.surgepolicy.application.service.JobService;
import org.surgepolicy.application.service.ReconciliationService;
import org.surgepolicy.application.service.ReferenceDataService;
import org.surgepolicy.application.service.ReportService;

/**
 * The use cases of the imports, the reconciliation, the aggregate check, the jobs, their reports and the reference
 * data, created from their ports.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeImportProperties.class)
public class BatchUseCaseConfiguration {

    @Bean
    ImportPublisher importPublisher(ImportStore store, StagedTallyLedger ledger, PublishedStatistics statistics,
                                    DeterminationRecorder recorder, Clock clock, Auditor auditor) {
        return new ImportPublisher(store, ledger, statistics, recorder, clock, auditor);
    }

    @Bean
    ImportFailureService importFailureService(ImportStore store, Clock clock, Auditor auditor) {
        return new ImportFailureService(store, clock, auditor);
    }

    @Bean
    ImportService importService(ImportStore store, ImportFiles files, BatchJobs jobs, ImportPublisher publisher,
                                Clock clock, FailImportUseCase importFailureService,
                                SurgeImportProperties properties) {
        return new ImportService(store, files, jobs, publisher, clock, importFailureService,
            properties.maxRejects().byFormat());
    }

    @Bean
    DemoDataService demoDataService(ImportStore store, ImportPublisher publisher, LedgerTotals ledgerTotals,
                                    Clock clock) {
        return new DemoDataService(store, publisher, ledgerTotals, clock);
    }

    @Bean
    ReconciliationService reconciliationService(LedgerTotals ledgerTotals, PublishedStatistics statistics) {
        return new ReconciliationService(ledgerTotals, statistics);
    }

    @Bean
    AggregateCheckService aggregateCheckService(TallyLedger ledger) {
        return new AggregateCheckService(ledger);
    }

    @Bean
    ReportService reportService(ReportArchive archive) {
        return new ReportService(archive);
    }

    @Bean
    ReferenceDataService referenceDataService() {
        return new ReferenceDataService();
    }

    @Bean
    JobService jobService(BatchJobs jobs, Auditor auditor) {
        return new JobService(jobs, auditor);
    }
}
