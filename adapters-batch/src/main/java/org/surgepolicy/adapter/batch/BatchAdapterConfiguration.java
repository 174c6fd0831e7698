package org.surgepolicy.adapter.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.audit.FileSystemAuditDigestArchive;
import org.surgepolicy.adapter.batch.imports.DemoDataLoader;
import org.surgepolicy.adapter.batch.imports.DemoDataProperties;
import org.surgepolicy.adapter.batch.imports.FileSystemImportFiles;
import org.surgepolicy.adapter.batch.imports.ImportJobConfiguration;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.adapter.batch.jobs.InterruptedJobs;
import org.surgepolicy.adapter.batch.jobs.SpringBatchJobs;
import org.surgepolicy.adapter.batch.recompute.FileSystemReportArchive;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.adapter.batch.recompute.RecomputeJobConfiguration;
import org.surgepolicy.adapter.batch.schedule.NightlyRecomputation;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.application.imports.port.in.BeginImportUseCase;
import org.surgepolicy.application.imports.port.in.EndImportJobUseCase;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase;
import org.surgepolicy.application.imports.port.in.PublishImportUseCase;
import org.surgepolicy.application.imports.port.in.RecoverImportsUseCase;
import org.surgepolicy.application.imports.port.in.StageImportLinesUseCase;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.ReportArchive;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The batch adapter, its one configuration: the jobs as the application's {@code BatchJobs} port and their resumption
 * after a crash, the nightly schedule, the demonstration data's loader, the folders of the uploaded files, the reports
 * and the audit digests, and the two jobs with their steps. Each job is defined by a plain factory that this calls,
 * {@link ImportJobConfiguration} and {@link RecomputeJobConfiguration}; the steps and the import's step-scoped reader,
 * parser and writer are beans, so that Spring Batch scopes and observes them. The command line, which runs one of the
 * jobs without a web server, is {@code cli.CommandLine}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JobsProperties.class, ReportsProperties.class, DemoDataProperties.class,
    SurgeImportProperties.class})
public class BatchAdapterConfiguration {

    /**
     * The jobs by name, filled once every bean is built: the port launches them from here, since their steps call use
     * cases that call the port (the job operators Spring Boot builds use it too).
     */
    @Bean
    JobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

    @Bean
    SpringBatchJobs batchJobs(JobOperator jobOperator, JobRepository jobRepository,
                              PlatformTransactionManager transactionManager, JobRegistry jobRegistry,
                              @Value("${surge.node-id:}") String nodeId, Clock clock, JobsProperties jobs,
                              SurgeImportProperties imports, RecomputationLock lock,
                              ReportArchive reports) {
        return new SpringBatchJobs(jobOperator, jobRepository, transactionManager, jobRegistry,
            nodeId.isBlank() ? hostName() : nodeId, clock, jobs.resume().staleAfter(), imports.concurrency(), lock,
            reports);
    }

    @Bean
    InterruptedJobs interruptedJobs(SpringBatchJobs batchJobs, RecoverImportsUseCase imports) {
        return new InterruptedJobs(batchJobs, imports);
    }

    /** Once the application is ready, resumes what a crash cut off (unless switched off, as for a command-line run). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> resumeInterruptedJobs(InterruptedJobs interruptedJobs,
                                                                     JobsProperties jobs) {
        return event -> {
            if (jobs.resume().onStart()) {
                interruptedJobs.resumeAll();
            }
        };
    }

    /**
     * Spring's scheduler (what {@code @EnableScheduling} registers), unless {@code surge.jobs.scheduling.enabled} is
     * false, as in a command-line run: then nothing runs on a schedule, the service's own meters included.
     */
    @Bean(name = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnBooleanProperty(name = "surge.jobs.scheduling.enabled", matchIfMissing = true)
    static ScheduledAnnotationBeanPostProcessor scheduledAnnotationProcessor() {
        return new ScheduledAnnotationBeanPostProcessor();
    }

    /** The nightly recomputation, guarded by a lock in the database (its provider comes with the persistence). */
    @Bean
    @ConditionalOnBooleanProperty(name = "surge.jobs.scheduling.enabled", matchIfMissing = true)
    NightlyRecomputation nightlyRecomputation(StartRecomputationUseCase recomputation, LockProvider locks, Clock clock,
                                              JobsProperties jobs) {
        JobsProperties.Recompute recompute = jobs.recompute();
        return new NightlyRecomputation(recomputation, locks, clock, recompute.cron(), recompute.zone(),
            recompute.lockAtLeastFor());
    }

    @Bean
    DemoDataLoader demoDataLoader(LoadDemoDataUseCase loader, GetDemoDataQuery demoData,
                                  DemoDataProperties properties) {
        return new DemoDataLoader(loader, demoData, properties);
    }

    /** The digests of the audit chain's head are kept in {@code audit-digests} under the reports folder. */
    @Bean
    AuditDigestArchive auditDigestArchive(ReportsProperties reports) {
        return new FileSystemAuditDigestArchive(reports.location().resolve("audit-digests"));
    }

    /** The uploaded files, in {@code surge.import.folder}. */
    @Bean
    ImportFiles importFiles(SurgeImportProperties properties) {
        return new FileSystemImportFiles(properties.folder());
    }

    @Bean
    Job importJob(JobRepository jobRepository, Step stageLinesStep, Step publishImportStep, BeginImportUseCase begin,
                  EndImportJobUseCase end, GetImportQuery imports, RecordJobRunUseCase audit) {
        return ImportJobConfiguration.importJob(jobRepository, stageLinesStep, publishImportStep, begin, end, imports,
            audit);
    }

    /**
     * The staging step of one job execution (job scope, from the job's parameters), made with its reader, parser and
     * writer as plain objects of that execution: the step calls them once per line, and a scoped proxy in between would
     * look its target up on every call.
     */
    @Bean
    @JobScope
    Step stageLinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        @Value("#{jobParameters['" + ImportJobConfiguration.IMPORT_ID + "']}") Long importId,
                        @Value("#{jobParameters['" + ImportJobConfiguration.FILE + "']}") String file,
                        @Value("#{jobParameters['" + ImportJobConfiguration.FORMAT + "']}") String format,
                        ImportFormats formats, Clock clock, PolicyCatalog catalog, StageImportLinesUseCase staging,
                        SurgeImportProperties properties) {
        return ImportJobConfiguration.stageLinesStep(jobRepository, transactionManager,
            new ImportJobConfiguration.StagingRun(importId, file, format), formats, clock, catalog, staging, properties);
    }

    @Bean
    Step publishImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           PublishImportUseCase publisher) {
        return ImportJobConfiguration.publishImportStep(jobRepository, transactionManager, publisher);
    }

    @Bean
    RecomputationLock recomputationLock(LockProvider locks, Clock clock, JobsProperties jobs) {
        return new RecomputationLock(locks, jobs.recompute().lockAtMostFor(), clock);
    }

    @Bean
    FileSystemReportArchive reportArchive(ReportsProperties reports) {
        return new FileSystemReportArchive(reports.location());
    }

    @Bean
    Job recomputeJob(JobRepository jobRepository, Step recomputePoliciesStep, Step writeReportsStep,
                     Step checkAggregateStep, RecordJobRunUseCase audit, RecomputationLock lock, Clock clock,
                     ReportsProperties reportsProperties) {
        return RecomputeJobConfiguration.recomputeJob(jobRepository, recomputePoliciesStep, writeReportsStep,
            checkAggregateStep, audit, lock, clock, reportsProperties);
    }

    @Bean
    Step recomputePoliciesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RecomputePoliciesUseCase recompute) {
        return RecomputeJobConfiguration.recomputePoliciesStep(jobRepository, transactionManager, recompute);
    }

    @Bean
    Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ListPoliciesQuery policies, GetTimelineQuery timelines, GetPolicyStatusQuery statuses,
                          GetRestatementsQuery restatements, ReconcileQuery reconcile, CheckAggregatesQuery check,
                          GetDemoDataQuery demoData, WriteAuditDigestUseCase auditDigests,
                          ComparePoliciesQuery comparePolicies, Clock clock) {
        return RecomputeJobConfiguration.writeReportsStep(jobRepository, transactionManager, policies, timelines,
            statuses, restatements, reconcile, check, demoData, auditDigests, comparePolicies, clock);
    }

    @Bean
    Step checkAggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return RecomputeJobConfiguration.checkAggregateStep(jobRepository, transactionManager);
    }

    /** The default node id: the host's name, which a restarted node keeps. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
