package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.imports.ImportJobConfiguration;
import org.surgepolicy.adapter.batch.jobs.SpringBatchJobs;
import org.surgepolicy.adapter.batch.recompute.FileSystemReportArchive;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.adapter.batch.recompute.RecomputeJobConfiguration;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.contracts.BatchJobsContract;
import org.surgepolicy.application.contracts.JobStandIns;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.out.BatchJobs;

/**
 * The batch jobs' port on a real Spring Batch job repository (the service's own schema, migrated by Flyway), with the
 * cluster's recomputation lock in the same database, on each database (a subclass names it). The jobs are registered
 * under the service's job names, each one step that runs the contract's stand-in, the recomputation holding the lock
 * as the real one does.
 */
abstract class SpringBatchJobsContract extends BatchJobsContract<TestDatabase> {

    @TempDir
    Path reports;

    @Override
    protected BatchJobs newBatchJobs(TestDatabase database, JobStandIns standIns) {
        DataSource dataSource = database.dataSource();
        PlatformTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        JobRepository repository = repository(dataSource, transactions);
        RecomputationLock lock = new RecomputationLock(new JdbcTemplateLockProvider(
            JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime().build()), Duration.ofMinutes(5), Clock.systemUTC());
        MapJobRegistry registry = new MapJobRegistry();
        try {
            registry.register(standIn(ImportJobConfiguration.JOB_NAME, JobStandIns.Kind.IMPORT, repository,
                transactions, null, standIns));
            registry.register(standIn(RecomputeJobConfiguration.JOB_NAME, JobStandIns.Kind.RECOMPUTATION,
                repository, transactions, lock, standIns));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new SpringBatchJobs(operator(repository, registry, transactions), repository, transactions, registry,
            NODE, Clock.systemUTC(), STALE_AFTER, IMPORT_SLOTS, lock, new FileSystemReportArchive(reports));
    }

    private static JobRepository repository(DataSource dataSource, PlatformTransactionManager transactions) {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactions);
        return built(factory);
    }

    /** A job operator that runs a job in the calling thread, as Spring Boot's does. */
    private static JobOperator operator(JobRepository repository, MapJobRegistry registry,
                                        PlatformTransactionManager transactions) {
        JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
        factory.setJobRepository(repository);
        factory.setJobRegistry(registry);
        factory.setTransactionManager(transactions);
        return built(factory);
    }

    /** What a factory bean makes, once its properties are set, as Spring would have it make it. */
    private static <T, F extends FactoryBean<T> & InitializingBean> T built(F factory) {
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("could not build " + factory.getObjectType(), e);
        }
    }

    /** A job of one step that runs the stand-in; the recomputation's gives its lock back when it ends. */
    private static Job standIn(String name, JobStandIns.Kind kind, JobRepository repository,
                               PlatformTransactionManager transactions, RecomputationLock lock,
                               JobStandIns standIns) {
        JobBuilder job = new JobBuilder(name, repository);
        if (lock != null) {
            job.listener(lock);
        }
        return job.start(new StepBuilder(name + "StandInStep", repository).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            standIns.run(kind, step.getJobExecutionId(),
                step.getJobParameters().getLong(ImportJobConfiguration.IMPORT_ID));
            return RepeatStatus.FINISHED;
        }, transactions).build()).build();
    }

    @Test
    void theRunsAreNamedForTheServicesJobs() {
        assertThat(jobs().startImport(queuedImport(9))).isEqualTo(BatchJobs.ImportLaunch.RUNNING);
        JobRun recomputation = ((Outcome.Done<JobRun>) jobs().runRecomputation("alice")).value();

        assertThat(recomputation.jobName()).isEqualTo(RecomputeJobConfiguration.JOB_NAME);
        assertThat(endedImportRun(9).jobName()).isEqualTo(ImportJobConfiguration.JOB_NAME);
    }
}
