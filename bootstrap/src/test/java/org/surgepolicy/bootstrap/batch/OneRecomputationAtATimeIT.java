package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.batch.cli.CommandLineJobs;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.adapter.batch.recompute.RecomputeJobConfiguration;
import org.surgepolicy.adapter.batch.schedule.NightlyRecomputation;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.bootstrap.SurgePolicyApplication;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * While a recomputation holds the cluster's lock (taken here as another node would, with its job execution running
 * in the shared job repository), every other trigger is refused with a sentence naming it: the REST API with 409, the
 * command line with its exit code, the schedule by skipping its run. The service runs in this JVM on an H2 file that
 * the command line's process opens too (H2's automatic mixed mode).
 */
class OneRecomputationAtATimeIT {

    @TempDir
    static Path folder;
    private static String url;
    private static ConfigurableApplicationContext service;
    private static int port;

    @BeforeAll
    static void startTheService() throws Exception {
        url = H2Urls.file(folder.resolve("shared")) + ";AUTO_SERVER=TRUE";
        service = new SpringApplicationBuilder(SurgePolicyApplication.class).run("--spring.datasource.url=" + url,
            "--server.port=0", "--surge.demo-data.enabled=false", "--surge.jobs.recompute.cron=-",
            "--surge.jobs.resume.on-start=false", "--surge.reports.location=" + folder.resolve("reports"),
            "--surge.import.folder=" + folder.resolve("imports"),
            "--surge.security.users[0].username=admin", "--surge.security.users[0].password={noop}admin-pw",
            "--surge.security.users[0].roles=ADMIN");
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopTheService() {
        service.close();
    }

    /** A run that holds the lock and shows as running in the job repository, as one on another node does. */
    private record RunElsewhere(SimpleLock lock, JobExecution execution) implements AutoCloseable {

        static RunElsewhere start(String requestedBy) {
            SimpleLock lock = service.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                RecomputationLock.NAME, Duration.ofMinutes(30), Duration.ZERO)).orElseThrow();
            JobRepository repository = service.getBean(JobRepository.class);
            JobParameters parameters = new JobParametersBuilder()
                .addString(RecomputeJobConfiguration.REQUESTED_AT, Instant.now().toString())
                .addString(RecomputeJobConfiguration.REQUESTED_BY, requestedBy, false).toJobParameters();
            JobInstance instance = repository.createJobInstance(RecomputeJobConfiguration.JOB_NAME, parameters);
            JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
            execution.setStartTime(LocalDateTime.now());
            execution.setStatus(BatchStatus.STARTED);
            repository.update(execution);
            return new RunElsewhere(lock, execution);
        }

        @Override
        public void close() {
            execution.setStatus(BatchStatus.COMPLETED);
            execution.setEndTime(LocalDateTime.now());
            service.getBean(JobRepository.class).update(execution);
            lock.unlock();
        }
    }

    @Test
    void everyOtherTriggerIsRefusedWithTheSentenceThatNamesTheRunningRecomputation() throws Exception {
        try (RunElsewhere running = RunElsewhere.start("alice")) {
            long id = running.execution().getId();
            String names = "The nightly recomputation (job execution " + id + ") is already running since ";
            String refused = ", started by alice; this one was not started.";

            Api.Response rest = Api.as("admin", port).post("/api/v1/jobs/recompute", Map.of());
            assertThat(rest.status()).isEqualTo(409);
            assertThat(rest.header("Content-Type")).startsWith("application/problem+json");
            assertThat(rest.json().path("detail").asString()).startsWith(names).endsWith(refused);
            assertThat(rest.json().path("runningExecution").asLong()).isEqualTo(id);
            assertThat(rest.json().path("requestedBy").asString()).isEqualTo("alice");
            assertThat(rest.json().path("runningSince").asString()).isNotBlank();

            CommandLineRun command = CommandLineRun.run(folder, command("--surge.job=recompute"));
            assertThat(command.exitCode()).as(command.toString()).isEqualTo(CommandLineJobs.RECOMPUTATION_RUNNING);
            assertThat(command.stderr().getFirst()).isEqualTo("surge: " + rest.json().path("detail").asString());
            assertThat(command.stdout()).isEmpty();

            service.getBean(NightlyRecomputation.class).run();
            assertThat(recomputeExecutions()).as("the refused triggers started nothing").isEqualTo(1);
        }

        Api.Response started = Api.as("admin", port).post("/api/v1/jobs/recompute", Map.of());
        assertThat(started.status()).as("once the lock is given back").isEqualTo(202);
        assertThat(recomputeExecutions()).isEqualTo(2);
        assertThat(JobRuns.waitForTheEnd(Api.as("admin", port), started.json().path("executionId").asLong())
            .path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void theSameFileBeingImportedEndsTheCommandWithExitCode3() throws Exception {
        byte[] content = ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2024, 6, 1), 12));
        Path file = Files.write(folder.resolve("same.csv"), content);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        ImportRecords.Created queued = service.getBean(ImportRecords.class).create(new ImportRecords.NewImport(
            ImportFormats.DAILY, "same.csv", new StoredFile(file.toString(), sha256, content.length), 0, null,
            Instant.now(), "operator", "another-node"));
        long importId = ((ImportRecords.Queued) queued).run().id();

        CommandLineRun command = CommandLineRun.run(folder, command("--surge.import.file=" + file));

        assertThat(command.exitCode()).as(command.toString()).isEqualTo(CommandLineJobs.ALREADY_RUNNING);
        assertThat(command.stderr()).containsExactly("surge: import " + importId + " of a file with the same SHA-256 ("
                + sha256 + ") is running; this one was not started.",
            "Wait for it to end (GET /api/v1/imports/" + importId + "), then run the command again if it failed.");
    }

    private static List<String> command(String... arguments) throws IOException {
        return CommandLineRun.java(url, folder.resolve("cli"), folder.resolve("reports"), arguments);
    }

    private static long recomputeExecutions() {
        return JdbcClient.create(service.getBean(DataSource.class)).sql("select count(*) from batch_job_execution e"
                + " join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = :job")
            .param("job", RecomputeJobConfiguration.JOB_NAME).query(Long.class).single();
    }
}
