package org.surgepolicy.bootstrap.batch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.out.BatchJobs;
import org.surgepolicy.application.port.out.ImportFiles;
import org.surgepolicy.application.port.out.ImportRecords;
import org.surgepolicy.application.port.out.ImportStaging;
import org.surgepolicy.application.port.out.ImportStates;
import org.surgepolicy.application.port.out.LedgerTotals;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.application.port.out.ReportArchive;
import org.surgepolicy.application.port.out.StagedTallyLedger;
import org.surgepolicy.application.port.out.TallyLedger;
import org.surgepolicy.application.service.AggregateCheckService;
import org.surgepolicy.application.service.Auditor;
import org.surgepolicy.application.service.BeginImportService;
import org.surgepolicy.application.service.DemoDataService;
import org.surgepolicy.application.service.DeterminationRecorder;
import org.surgepolicy.application.service.EndImportJobService;
import org.surgepolicy.application.service.GetImportService;
import org.surgepolicy.application.service.ImportFailureService;
import org.surgepolicy.application.service.ImportLaunches;
import org.surgepolicy.application.service.ImportPublisher;
import org.surgepolicy.application.service.JobService;
import org.surgepolicy.application.service.PolicyEvaluations;
import org.surgepolicy.application.service.PublishImportService;
import org.surgepolicy.application.service.ReconciliationService;
import org.surgepolicy.application.service.RecoverImportsService;
import org.surgepolicy.application.service.ReferenceDataService;
import org.surgepolicy.application.service.ReportService;
import org.surgepolicy.application.service.RestartImportService;
import org.surgepolicy.application.service.StageImportLinesService;
import org.surgepolicy.application.service.StartImportService;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The use cases of the imports, the reconciliation, the aggregate check, the jobs, their reports and the reference
 * data, created from their ports.
 */
@Configuration(proxyBeanMethods = false)
public class BatchUseCaseConfiguration {

    /** The formats the imports read: the standard ones, then any other that the context declares as a bean. */
    @Bean
    ImportFormats importFormats(ObjectProvider<ImportFormat> more) {
        return ImportFormats.standard().with(more.orderedStream().toList());
    }

    @Bean
    ImportPublisher importPublisher(ImportRecords records, ImportStates states, ImportStaging staging,
                                    StagedTallyLedger ledger, PublishedStatistics statistics,
                                    DeterminationRecorder recorder, PolicyEvaluations evaluations, Auditor auditor) {
        return new ImportPublisher(records, states, staging, ledger, statistics, recorder, evaluations, auditor);
    }

    @Bean
    ImportFailureService importFailureService(ImportRecords records, ImportStates states,
                                              PolicyEvaluations evaluations, Auditor auditor) {
        return new ImportFailureService(records, states, evaluations, auditor);
    }

    @Bean
    ImportLaunches importLaunches(ImportRecords records, ImportStates states, BatchJobs jobs,
                                  PolicyEvaluations evaluations, FailImportUseCase failures) {
        return new ImportLaunches(records, states, jobs, evaluations, failures);
    }

    /** Checks, as the application starts, that every format has its reject limit. */
    @Bean
    StartImportService startImportService(ImportRecords records, ImportFiles files, ImportLaunches launches,
                                          PolicyEvaluations evaluations, ImportFormats formats,
                                          SurgeImportProperties properties) {
        return new StartImportService(records, files, launches, evaluations, formats,
            properties.maxRejects(formats));
    }

    @Bean
    RestartImportService restartImportService(ImportRecords records, ImportLaunches launches) {
        return new RestartImportService(records, launches);
    }

    @Bean
    RecoverImportsService recoverImportsService(ImportRecords records, ImportLaunches launches) {
        return new RecoverImportsService(records, launches);
    }

    @Bean
    GetImportService getImportService(ImportRecords records, ImportStaging staging) {
        return new GetImportService(records, staging);
    }

    @Bean
    PublishImportService publishImportService(ImportRecords records, ImportPublisher publisher) {
        return new PublishImportService(records, publisher);
    }

    @Bean
    BeginImportService beginImportService(ImportStates states) {
        return new BeginImportService(states);
    }

    @Bean
    EndImportJobService endImportJobService(ImportRecords records, ImportFiles files, FailImportUseCase failures) {
        return new EndImportJobService(records, files, failures);
    }

    @Bean
    StageImportLinesService stageImportLinesService(ImportStaging staging) {
        return new StageImportLinesService(staging);
    }

    @Bean
    DemoDataService demoDataService(ImportRecords records, ImportStaging staging, ImportPublisher publisher,
                                    LedgerTotals ledgerTotals, PolicyEvaluations evaluations) {
        return new DemoDataService(records, staging, publisher, ledgerTotals, evaluations);
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
    ReferenceDataService referenceDataService(ImportFormats formats) {
        return new ReferenceDataService(formats);
    }

    @Bean
    JobService jobService(BatchJobs jobs, Auditor auditor) {
        return new JobService(jobs, auditor);
    }
}
