package org.surgepolicy.adapter.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
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
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.adapter.batch.jobs.InterruptedJobs;
import org.surgepolicy.adapter.batch.jobs.SpringBatchJobs;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.adapter.batch.schedule.NightlyRecomputation;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.LoadDemoDataUseCase;
import org.surgepolicy.application.imports.port.in.RecoverImportsUseCase;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/**
 * The batch adapter: the jobs as the application's {@code BatchJobs} port and their resumption after a crash, the
 * nightly schedule, the demonstration data's loader and the folder of the audit digests. The jobs themselves, one
 * configuration each, are {@code ImportJobConfiguration} and {@code RecomputeJobConfiguration}; the command line, which
 * runs one of them without a web server, is {@code cli.CommandLine}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JobsProperties.class, ReportsProperties.class, DemoDataProperties.class})
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

    /** The default node id: the host's name, which a restarted node keeps. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
