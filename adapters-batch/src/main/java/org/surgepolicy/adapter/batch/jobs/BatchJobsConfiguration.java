package org.surgepolicy.adapter.batch.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.application.port.in.RecoverImportsUseCase;
import org.surgepolicy.application.port.out.ReportArchive;

/** The jobs as the application's {@code BatchJobs} port, and their resumption after a crash. */
@Configuration(proxyBeanMethods = false)
public class BatchJobsConfiguration {

    @Bean
    SpringBatchJobs batchJobs(JobOperator jobOperator, JobRepository jobRepository,
                              PlatformTransactionManager transactionManager, @Lazy Job importJob,
                              @Lazy Job recomputeJob,
                              @Value("${surge.node-id:}") String nodeId, Clock clock,
                              @Value("${surge.jobs.resume.stale-after:PT30M}") Duration staleAfter,
                              SurgeImportProperties imports, RecomputationLock lock,
                              ReportArchive reports) {
        return new SpringBatchJobs(jobOperator, jobRepository, transactionManager, importJob, recomputeJob,
            nodeId.isBlank() ? hostName() : nodeId, clock, staleAfter, imports.concurrency(), lock, reports);
    }

    @Bean
    InterruptedJobs interruptedJobs(SpringBatchJobs batchJobs, @Lazy RecoverImportsUseCase imports) {
        return new InterruptedJobs(batchJobs, imports);
    }

    /** Once the application is ready, resumes what a crash cut off (unless switched off, as for a command-line run). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> resumeInterruptedJobs(
        InterruptedJobs interruptedJobs, @Value("${surge.jobs.resume.on-start:true}") boolean onStart) {
        return event -> {
            if (onStart) {
                interruptedJobs.resumeAll();
            }
        };
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
