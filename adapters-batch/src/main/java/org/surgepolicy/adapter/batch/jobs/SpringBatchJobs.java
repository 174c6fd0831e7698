package org.surgepolicy.adapter.batch.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.imports.ImportJobConfiguration;
import org.surgepolicy.adapter.batch.recompute.RecomputationLock;
import org.surgepolicy.adapter.batch.recompute.RecomputeJobConfiguration;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.BatchJobs;
import org.surgepolicy.application.jobs.port.out.ReportArchive;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The batch jobs behind the {@link BatchJobs} port. A job the caller waits for runs on Boot's job operator, in the
 * calling thread; one started for a REST caller runs on a second operator over the same job repository, on a virtual
 * thread, so that the caller has the execution's id at once; imports run on a third, at most {@code importSlots} at
 * once, the others waiting in order. Every execution carries the id of the node that started it, so that the node
 * can tell, after a crash, which executions were its own: one of its own created before this process started cannot
 * be running any more, while another node's is taken for alive until it has not moved for {@code staleAfter}. A
 * recomputation starts only once it holds the cluster's {@link RecomputationLock}; otherwise the caller learns which
 * run holds it.
 */
public final class SpringBatchJobs implements BatchJobs, AutoCloseable {

    /** The non-identifying parameter naming the node that started an execution. */
    public static final String NODE = "node";

    private static final Logger LOG = LoggerFactory.getLogger(SpringBatchJobs.class);
    private static final int MAX_DESCRIPTION = 1_000;
    /** Job instances read at a time, newest first, while looking for the last completed run. */
    private static final int INSTANCES_PAGE = 50;
    /** How far back the last completed run is looked for: a run older than so many others is no longer news. */
    private static final int INSTANCES_SEARCHED = 1_000;
    /** How long a refused trigger waits for the run holding the lock to show in the job repository. */
    private static final Duration FIND_RUNNING = Duration.ofSeconds(5);
    /** How long closing waits for the jobs still running on this node. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    private final JobOperator operator;
    private final PlatformTransactionManager transactionManager;
    private final JobRepository repository;
    private final JobRegistry jobs;
    private final String node;
    private final Clock clock;
    private final Duration staleAfter;
    private final ImportSlots importSlots;
    private final LocalDateTime startedAt;
    private final RecomputationLock lock;
    private final ReportArchive reports;
    private JobOperator background;
    private SimpleAsyncTaskExecutor backgroundExecutor;
    private JobOperator imports;

    /**
     * The jobs are looked up by name in {@code jobs} when they are launched: their steps call use cases that call
     * this port, so that this is built before them.
     */
    public SpringBatchJobs(JobOperator operator, JobRepository repository, PlatformTransactionManager transactionManager,
                           JobRegistry jobs, String node, Clock clock, Duration staleAfter,
                           int importSlots, RecomputationLock lock, ReportArchive reports) {
        this.operator = operator;
        this.repository = repository;
        this.transactionManager = transactionManager;
        this.jobs = jobs;
        this.node = node;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.importSlots = new ImportSlots(importSlots);
        this.startedAt = now();
        this.lock = lock;
        this.reports = reports;
    }

    /**
     * Waits, when the application closes, for the jobs this node runs to write their last state to the job repository
     * before the database goes away; what is still running after the grace is finished by the next start.
     */
    @Override
    public synchronized void close() {
        importSlots.close(CLOSE_GRACE);
        if (backgroundExecutor != null) {
            backgroundExecutor.close();
        }
    }

    /** The operator of the background launches, built at its first use. */
    private synchronized JobOperator background() {
        if (background == null) {
            backgroundExecutor = new SimpleAsyncTaskExecutor("surge-job-");
            backgroundExecutor.setVirtualThreads(true);
            backgroundExecutor.setTaskTerminationTimeout(CLOSE_GRACE.toMillis());
            background = operator(backgroundExecutor, "background");
        }
        return background;
    }

    /** The operator of the imports, on this node's import slots, built at its first use. */
    private synchronized JobOperator imports() {
        if (imports == null) {
            imports = operator(importSlots, "import");
        }
        return imports;
    }

    private JobOperator operator(TaskExecutor executor, String what) {
        JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
        factory.setJobRepository(repository);
        factory.setJobRegistry(jobs);
        factory.setTransactionManager(transactionManager);
        factory.setTaskExecutor(executor);
        try {
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (Exception e) {
            throw new IllegalStateException("could not build the " + what + " job operator", e);
        }
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public int importSlots() {
        return importSlots.slots();
    }

    @Override
    public ImportLaunch startImport(ImportRun run) {
        synchronized (importSlots) {
            ImportLaunch launch = importSlots.full() ? ImportLaunch.WAITING : ImportLaunch.RUNNING;
            launch(imports(), job(ImportJobConfiguration.JOB_NAME), importParameters(run));
            return launch;
        }
    }

    @Override
    public ImportLaunch resumeImport(ImportRun run) {
        JobParameters parameters = importParameters(run);
        JobExecution last = repository.getLastJobExecution(ImportJobConfiguration.JOB_NAME, parameters);
        if (last == null) {
            // A launch that failed after it made the job instance leaves one without an execution, which Spring
            // Batch can neither start again nor restart; it holds nothing, so it goes.
            JobInstance orphan = repository.getJobInstance(ImportJobConfiguration.JOB_NAME, parameters);
            if (orphan != null) {
                repository.deleteJobInstance(orphan);
            }
            return startImport(run);
        }
        synchronized (importSlots) {
            ImportLaunch launch = importSlots.full() ? ImportLaunch.WAITING : ImportLaunch.RUNNING;
            resume(last);
            return launch;
        }
    }

    @Override
    public boolean importJobAlive(ImportRun run) {
        JobExecution last = repository.getLastJobExecution(ImportJobConfiguration.JOB_NAME, importParameters(run));
        if (last != null && last.getStatus().isRunning()) {
            return alive(last);
        }
        // No execution holds it. This node launches what it queues before anyone may ask, so here nothing will move
        // it; another node may still be about to launch what it queued, until that has waited for longer than it can.
        return run.status() == ImportStatus.QUEUED && run.node() != null && !node.equals(run.node())
            && run.queuedAt() != null
            && LocalDateTime.ofInstant(run.queuedAt(), ZoneId.systemDefault()).plus(staleAfter).isAfter(now());
    }

    /** Whether an execution will still move: see the class comment. */
    boolean alive(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return false;
        }
        if (node.equals(execution.getJobParameters().getString(NODE))) {
            return !execution.getCreateTime().isBefore(startedAt);
        }
        LocalDateTime lastUpdated = execution.getLastUpdated() != null ? execution.getLastUpdated()
            : execution.getCreateTime();
        return lastUpdated.plus(staleAfter).isAfter(now());
    }

    /**
     * Resumes an execution that failed, or that a crash left running, from its last committed chunk. A recomputation
     * takes the cluster's lock first, as every run does: on a thread of its own, since the lock may still be held, for
     * at most its {@code lockAtMostFor}, by the node that died running it.
     */
    void resume(JobExecution execution) {
        JobExecution stopped = execution.getStatus().isRunning() ? operator.recover(execution) : execution;
        if (ImportJobConfiguration.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
            restart(imports(), stopped);
            return;
        }
        Thread.ofVirtual().name("resume-recompute-" + execution.getId()).start(() -> {
            try {
                if (!lock.acquireOnceFree()) {
                    LOG.error("Job execution {} was not resumed: another recomputation holds the lock",
                        execution.getId());
                    return;
                }
                restart(background(), stopped);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                lock.release();
                LOG.error("Could not resume job execution {}: {}", execution.getId(), e.getMessage(), e);
            }
        });
    }

    private static void restart(JobOperator launcher, JobExecution stopped) {
        try {
            launcher.restart(stopped);
        } catch (Exception e) {
            throw new IllegalStateException("could not resume job execution " + stopped.getId() + ": "
                + e.getMessage(), e);
        }
    }

    /** Now in the local date-time of the job repository (Spring Batch keeps the JVM zone's). */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private JobParameters importParameters(ImportRun run) {
        return new JobParametersBuilder()
            .addLong(ImportJobConfiguration.IMPORT_ID, run.id())
            .addString(ImportJobConfiguration.FILE, run.storedFile(), false)
            .addString(ImportJobConfiguration.FORMAT, run.format().code(), false)
            .addString(NODE, node, false)
            .toJobParameters();
    }

    @Override
    public Outcome<JobRun> startRecomputation(String requestedBy) {
        return recompute(background(), requestedBy);
    }

    @Override
    public Outcome<JobRun> runRecomputation(String requestedBy) {
        return recompute(operator, requestedBy);
    }

    /**
     * Takes the lock, then starts the job, which gives the lock back when it ends. When the lock is held, the answer
     * names the run holding it; a run that has just ended (the job repository shows it ended, and its listeners are
     * auditing it and giving the lock back) is no reason to refuse: the lock is asked for again while the holder is
     * looked for.
     */
    private Outcome<JobRun> recompute(JobOperator launcher, String requestedBy) {
        if (!lock.tryAcquire()) {
            Optional<StartRecomputationUseCase.RunningRecomputation> holder = holderUnlessFreed();
            if (holder.isPresent()) {
                return new StartRecomputationUseCase.Busy(holder.get());
            }
        }
        JobExecution execution;
        try {
            execution = launch(launcher, job(RecomputeJobConfiguration.JOB_NAME), recomputeParameters(requestedBy));
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
        return new Outcome.Done<>(jobRun(execution));
    }

    /**
     * The run that holds the lock, once the job repository shows it (it may have taken the lock a moment ago); empty
     * when the lock came free meanwhile and was taken (the run holding it had just ended).
     */
    private Optional<StartRecomputationUseCase.RunningRecomputation> holderUnlessFreed() {
        Instant deadline = Instant.now().plus(FIND_RUNNING);
        while (true) {
            Optional<JobExecution> running = repository.findRunningJobExecutions(RecomputeJobConfiguration.JOB_NAME)
                .stream().max(Comparator.comparing(JobExecution::getId));
            if (running.isPresent()) {
                return running.map(execution -> new StartRecomputationUseCase.RunningRecomputation(execution.getId(),
                    instant(Objects.requireNonNullElse(execution.getStartTime(), execution.getCreateTime())),
                    execution.getJobParameters().getString(RecomputeJobConfiguration.REQUESTED_BY)));
            }
            if (lock.tryAcquire()) {
                return Optional.empty();
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of(StartRecomputationUseCase.RunningRecomputation.UNSEEN);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(StartRecomputationUseCase.RunningRecomputation.UNSEEN);
            }
        }
    }

    private JobParameters recomputeParameters(String requestedBy) {
        return new JobParametersBuilder()
            .addString(RecomputeJobConfiguration.REQUESTED_AT, clock.instant().toString())
            .addString(RecomputeJobConfiguration.REQUESTED_BY, requestedBy, false)
            .addString(NODE, node, false)
            .toJobParameters();
    }

    private Job job(String name) {
        Job job = jobs.getJob(name);
        if (job == null) {
            throw new IllegalStateException("no job " + name + " is registered");
        }
        return job;
    }

    private static JobExecution launch(JobOperator operator, Job job, JobParameters parameters) {
        try {
            return operator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobRun> find(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            // The JDBC repository of Spring Batch 6.0 throws, rather than answering null, for an unknown id.
            return Optional.empty();
        }
        return Optional.ofNullable(execution)
            .filter(found -> Set.of(ImportJobConfiguration.JOB_NAME, RecomputeJobConfiguration.JOB_NAME)
                .contains(found.getJobInstance().getJobName()))
            .map(this::jobRun);
    }

    /**
     * Each run of the recomputation is a job instance of its own (its request instant identifies it), and a failed
     * run resumed to its end completes in a later execution of the same instance: the newest instance whose last
     * execution completed is the run wanted. Only the newest {@value #INSTANCES_SEARCHED} runs are searched, so that a
     * job failing night after night does not make each look-up longer.
     */
    @Override
    public Optional<JobRun> lastCompletedRecomputation() {
        for (int start = 0; start < INSTANCES_SEARCHED; start += INSTANCES_PAGE) {
            List<JobInstance> instances = repository.getJobInstances(RecomputeJobConfiguration.JOB_NAME, start,
                INSTANCES_PAGE);
            for (JobInstance instance : instances) {
                JobExecution last = repository.getLastJobExecution(instance);
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    return Optional.of(jobRun(last));
                }
            }
            if (instances.size() < INSTANCES_PAGE) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The executions of these jobs that the job repository holds as running. */
    List<JobExecution> runningExecutions() {
        return Set.of(ImportJobConfiguration.JOB_NAME, RecomputeJobConfiguration.JOB_NAME).stream()
            .flatMap(name -> repository.findRunningJobExecutions(name).stream())
            .sorted(Comparator.comparing(JobExecution::getId))
            .toList();
    }

    JobRun jobRun(JobExecution execution) {
        List<JobRun.StepRun> steps = execution.getStepExecutions().stream()
            .sorted(Comparator.comparing(StepExecution::getId))
            .map(step -> new JobRun.StepRun(step.getStepName(), status(step.getStatus()), step.getReadCount(),
                step.getWriteCount(), step.getSkipCount(), step.getCommitCount(), summary(step),
                firstLine(step.getExitStatus().getExitDescription())))
            .toList();
        ExecutionContext context = execution.getExecutionContext();
        String job = execution.getJobInstance().getJobName();
        boolean recomputation = RecomputeJobConfiguration.JOB_NAME.equals(job);
        List<JobRun.PolicyRecomputed> policies = context.toMap().keySet().stream()
            .filter(key -> key.startsWith(RecomputeJobConfiguration.DETERMINATIONS_RECORDED)).sorted()
            .map(key -> key.substring(RecomputeJobConfiguration.DETERMINATIONS_RECORDED.length()))
            .map(policy -> new JobRun.PolicyRecomputed(policy,
                context.getInt(RecomputeJobConfiguration.DETERMINATIONS_RECORDED + policy, 0),
                context.getInt(RecomputeJobConfiguration.RESTATEMENTS_DETECTED + policy, 0)))
            .toList();
        List<JobRun.ReportWritten> written = recomputation ? reports.ofRun(execution.getId()).stream()
            .map(report -> new JobRun.ReportWritten(report.name(), report.path())).toList() : List.of();
        return new JobRun(execution.getId(), job, status(execution.getStatus()),
            execution.getExitStatus().getExitCode(), firstLine(execution.getExitStatus().getExitDescription()),
            instant(execution.getStartTime()), instant(execution.getEndTime()),
            execution.getJobParameters().getString(RecomputeJobConfiguration.REQUESTED_BY), steps, policies, written);
    }

    /** What a step's counts mean, in words, when the step said it. */
    private static String summary(StepExecution step) {
        return step.getExecutionContext().getString(RecomputeJobConfiguration.STEP_SUMMARY, null);
    }

    private static JobRun.RunStatus status(BatchStatus status) {
        return JobRun.RunStatus.valueOf(status.name());
    }

    /** Spring Batch keeps local date-times of the JVM's zone. */
    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** An exit description holds a whole stack trace after a failure: its first line says what failed. */
    private static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String first = description.lines().findFirst().orElse("");
        return first.length() <= MAX_DESCRIPTION ? first : first.substring(0, MAX_DESCRIPTION);
    }
}
