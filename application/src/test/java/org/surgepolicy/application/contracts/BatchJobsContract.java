package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.BatchJobs;
import org.surgepolicy.application.jobs.port.out.BatchJobs.ImportLaunch;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * What every {@link BatchJobs} must do, run by each implementation's subclass on a fresh store of its own: the jobs
 * launched, at once or in the background, found by their execution, resumed after a failure, the one recomputation at
 * a time, the import slots, and whether an import's job will still move it. The jobs' real work is not the port's
 * business: the implementation runs {@link JobStandIns} in its place, which the tests hold, release and make fail.
 *
 * @param <S> the kind of store the job executions are kept in
 */
public abstract class BatchJobsContract<S extends ContractStore> extends PortContract<S> {

    /** The node the port under test runs on. */
    protected static final String NODE = "node-a";
    /** Another node of the cluster. */
    protected static final String OTHER_NODE = "node-b";
    /** The import slots of the node under test: one, so that a second import waits. */
    protected static final int IMPORT_SLOTS = 1;
    /** After how long another node's job that has not moved is taken for dead. */
    protected static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final JobStandIns standIns = new JobStandIns();
    private BatchJobs jobs;

    /**
     * The port on {@code store}, on the node {@link #NODE} with {@link #IMPORT_SLOTS} import slots, taking another
     * node's job for dead after {@link #STALE_AFTER}, on the system clock; its jobs run {@code standIns}.
     */
    protected abstract BatchJobs newBatchJobs(S store, JobStandIns standIns);

    @BeforeEach
    void openTheJobs() {
        jobs = newBatchJobs(store, standIns);
    }

    /** Lets whatever a failed test left held end, before the store goes away. */
    @AfterEach
    void endTheJobs() throws Exception {
        standIns.release();
        if (jobs instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** A queued import of {@code node}, queued at {@code queuedAt}, its job never launched. */
    private static ImportRun queued(long id, String node, Instant queuedAt) {
        return new ImportRun(id, ImportFormats.DAILY, "file-" + id + ".csv", "stored-" + id + ".csv", "0".repeat(64),
            100, ImportState.of(ImportStatus.QUEUED, null, null), 0, "test", queuedAt, "operator", null, 0, 0, 0, 0,
            0, node, 1, queuedAt);
    }

    /** A queued import of this node, queued now, its job never launched. */
    protected static ImportRun queuedImport(long id) {
        return queued(id, NODE, Instant.now());
    }

    /** The port under test. */
    protected BatchJobs jobs() {
        return jobs;
    }

    /** The execution of the first run of the import's job, once it has ended. */
    protected JobRun endedImportRun(long importId) {
        JobStandIns.Run run = await("a run of import " + importId, standIns::runs,
            runs -> runs.stream().anyMatch(r -> Long.valueOf(importId).equals(r.importId()))).stream()
            .filter(r -> Long.valueOf(importId).equals(r.importId())).findFirst().orElseThrow();
        return ended(run.executionId());
    }

    /** Waits until {@code value} gives what {@code until} accepts, and returns it. */
    private static <T> T await(String what, Supplier<T> value, Predicate<T> until) {
        Instant deadline = Instant.now().plus(JobStandIns.PATIENCE);
        while (true) {
            T current = value.get();
            if (until.test(current)) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                return fail("waited " + JobStandIns.PATIENCE + " for " + what + "; last saw " + current);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for " + what);
            }
        }
    }

    /** The runs of the stand-ins, once there are {@code count}. */
    private List<JobStandIns.Run> runs(int count) {
        return await(count + " job runs", standIns::runs, runs -> runs.size() >= count);
    }

    /** The execution, once it has ended. */
    private JobRun ended(long executionId) {
        return await("job execution " + executionId + " to end", () -> jobs.find(executionId),
            found -> found.isPresent() && !found.get().status().running()).orElseThrow();
    }

    private static JobRun done(Outcome<JobRun> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<JobRun>) outcome).value();
    }

    private static StartRecomputationUseCase.RunningRecomputation busy(Outcome<JobRun> outcome) {
        assertThat(outcome).isInstanceOf(StartRecomputationUseCase.Busy.class);
        return ((StartRecomputationUseCase.Busy) outcome).running();
    }

    @Test
    void theNodeAndItsImportSlotsAreTheConfiguredOnes() {
        assertThat(jobs.node()).isEqualTo(NODE);
        assertThat(jobs.importSlots()).isEqualTo(IMPORT_SLOTS);
    }

    @Test
    void aRecomputationRunInTheCallingThreadHasEndedWhenItReturns() {
        JobRun run = done(jobs.runRecomputation("alice"));

        assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(run.exitCode()).isEqualTo("COMPLETED");
        assertThat(run.exitDescription()).isNull();
        assertThat(run.requestedBy()).isEqualTo("alice");
        assertThat(run.startedAt()).isNotNull();
        assertThat(run.endedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(standIns.runs()).containsExactly(
            new JobStandIns.Run(JobStandIns.Kind.RECOMPUTATION, run.executionId(), null));
        JobRun found = jobs.find(run.executionId()).orElseThrow();
        assertThat(found).extracting(JobRun::executionId, JobRun::jobName, JobRun::status, JobRun::exitCode,
                JobRun::requestedBy)
            .containsExactly(run.executionId(), run.jobName(), JobRun.RunStatus.COMPLETED, "COMPLETED", "alice");
    }

    @Test
    void aRecomputationStartedInTheBackgroundRunsAfterItsExecutionIsReturned() {
        standIns.hold();

        JobRun started = done(jobs.startRecomputation("bob"));

        assertThat(started.requestedBy()).isEqualTo("bob");
        assertThat(runs(1)).containsExactly(
            new JobStandIns.Run(JobStandIns.Kind.RECOMPUTATION, started.executionId(), null));
        assertThat(jobs.find(started.executionId()).orElseThrow().status().running()).isTrue();
        standIns.release();
        JobRun ended = ended(started.executionId());
        assertThat(ended.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(ended.requestedBy()).isEqualTo("bob");
        assertThat(ended.endedAt()).isNotNull();
    }

    @Test
    void aSecondRecomputationIsRefusedWhileOneRunsAndNamesTheRunningOne() {
        standIns.hold();
        JobRun first = done(jobs.startRecomputation("bob"));
        runs(1);

        StartRecomputationUseCase.RunningRecomputation inTheBackground = busy(jobs.startRecomputation("carol"));
        StartRecomputationUseCase.RunningRecomputation inThisThread = busy(jobs.runRecomputation("dave"));

        assertThat(inTheBackground.executionId()).isEqualTo(first.executionId());
        assertThat(inTheBackground.requestedBy()).isEqualTo("bob");
        assertThat(inTheBackground.since()).isNotNull();
        assertThat(inThisThread.executionId()).isEqualTo(first.executionId());
        standIns.release();
        assertThat(ended(first.executionId()).status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        JobRun next = done(jobs.runRecomputation("erin"));
        assertThat(next.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(standIns.runs()).extracting(JobStandIns.Run::executionId)
            .containsExactly(first.executionId(), next.executionId());
    }

    @Test
    void theLastCompletedRecomputationIsTheNewestThatCompleted() {
        assertThat(jobs.lastCompletedRecomputation()).isEmpty();
        JobRun completed = done(jobs.runRecomputation("alice"));
        standIns.failNext();

        JobRun failed = done(jobs.runRecomputation("bob"));

        assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
        assertThat(failed.exitCode()).isEqualTo("FAILED");
        assertThat(failed.exitDescription()).contains(JobStandIns.FAILURE).doesNotContain("\n");
        assertThat(jobs.lastCompletedRecomputation()).map(JobRun::executionId).contains(completed.executionId());
        // A failed run gives the lock back too.
        JobRun newest = done(jobs.runRecomputation("carol"));
        assertThat(newest.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(jobs.lastCompletedRecomputation()).map(JobRun::executionId).contains(newest.executionId());
    }

    @Test
    void anUnknownExecutionIsNotFound() {
        JobRun run = done(jobs.runRecomputation("alice"));

        assertThat(jobs.find(run.executionId() + 1_000)).isEmpty();
    }

    @Test
    void anImportStartedRunsItsJobForThatImport() {
        ImportRun queued = queuedImport(7);

        assertThat(jobs.startImport(queued)).isEqualTo(ImportLaunch.RUNNING);

        JobStandIns.Run run = runs(1).getFirst();
        assertThat(run.kind()).isEqualTo(JobStandIns.Kind.IMPORT);
        assertThat(run.importId()).isEqualTo(7L);
        JobRun ended = ended(run.executionId());
        assertThat(ended.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(ended.requestedBy()).isNull();
        assertThat(ended.policies()).isEmpty();
        assertThat(ended.reports()).isEmpty();
        JobRun recomputation = done(jobs.runRecomputation("alice"));
        assertThat(ended.jobName()).isNotBlank().isNotEqualTo(recomputation.jobName());
        assertThat(jobs.importJobAlive(queued)).isFalse();
    }

    @Test
    void anImportWaitsWhileEverySlotIsTakenAndRunsWhenOneFrees() {
        standIns.hold();
        ImportRun first = queuedImport(1);
        ImportRun second = queuedImport(2);

        assertThat(jobs.startImport(first)).isEqualTo(ImportLaunch.RUNNING);
        runs(1);
        assertThat(jobs.startImport(second)).isEqualTo(ImportLaunch.WAITING);

        assertThat(jobs.importJobAlive(first)).isTrue();
        assertThat(standIns.runs()).extracting(JobStandIns.Run::importId).containsExactly(1L);
        standIns.release();
        List<JobStandIns.Run> runs = runs(2);
        assertThat(runs).extracting(JobStandIns.Run::importId).containsExactly(1L, 2L);
        for (JobStandIns.Run run : runs) {
            assertThat(ended(run.executionId()).status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        }
        assertThat(jobs.importJobAlive(first)).isFalse();
        assertThat(jobs.importJobAlive(second)).isFalse();
    }

    @Test
    void aFailedImportIsResumedToItsEndInANewExecution() {
        ImportRun queued = queuedImport(3);
        standIns.failNext();
        assertThat(jobs.startImport(queued)).isEqualTo(ImportLaunch.RUNNING);
        long failedExecution = runs(1).getFirst().executionId();
        assertThat(ended(failedExecution).status()).isEqualTo(JobRun.RunStatus.FAILED);
        assertThat(jobs.importJobAlive(queued)).isFalse();

        assertThat(jobs.resumeImport(queued)).isEqualTo(ImportLaunch.RUNNING);

        JobStandIns.Run resumed = runs(2).get(1);
        assertThat(resumed.importId()).isEqualTo(3L);
        assertThat(resumed.executionId()).isNotEqualTo(failedExecution);
        JobRun ended = ended(resumed.executionId());
        assertThat(ended.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
        assertThat(ended.jobName()).isEqualTo(jobs.find(failedExecution).map(JobRun::jobName).orElseThrow());
        assertThat(jobs.find(failedExecution).map(JobRun::status)).contains(JobRun.RunStatus.FAILED);
    }

    @Test
    void anImportNeverLaunchedIsStartedWhenResumed() {
        ImportRun queued = queuedImport(4);

        assertThat(jobs.resumeImport(queued)).isEqualTo(ImportLaunch.RUNNING);

        JobStandIns.Run run = runs(1).getFirst();
        assertThat(run.importId()).isEqualTo(4L);
        assertThat(ended(run.executionId()).status()).isEqualTo(JobRun.RunStatus.COMPLETED);
    }

    @Test
    void aQueuedImportWithoutAJobIsAliveOnlyWhileAnotherNodeMayStillLaunchIt() {
        Instant now = Instant.now();

        assertThat(jobs.importJobAlive(queued(5, OTHER_NODE, now))).isTrue();
        assertThat(jobs.importJobAlive(queued(5, OTHER_NODE, now.minus(STALE_AFTER).minusSeconds(60)))).isFalse();
        assertThat(jobs.importJobAlive(queued(5, NODE, now))).isFalse();
        assertThat(standIns.runs()).isEmpty();
    }
}
