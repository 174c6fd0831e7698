package org.surgepolicy.application.jobs;

import org.surgepolicy.application.audit.Auditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.BatchJobs;
import org.surgepolicy.domain.audit.AuditAction;

/** Starts the recomputation job, looks job executions up, and audits how they end. */
public final class JobService implements StartRecomputationUseCase, GetJobRunQuery, RecordJobRunUseCase,
    GetLastCompletedRecomputationQuery {

    private final BatchJobs jobs;
    private final Auditor auditor;

    public JobService(BatchJobs jobs, Auditor auditor) {
        this.jobs = jobs;
        this.auditor = auditor;
    }

    @Override
    public Outcome<JobRun> start(StartRecomputationUseCase.Command command) {
        return command.toTheEnd() ? jobs.runRecomputation(command.requestedBy())
            : jobs.startRecomputation(command.requestedBy());
    }

    @Override
    public Outcome<JobRun> find(long executionId) {
        return Outcome.found(jobs.find(executionId), "job execution " + executionId);
    }

    @Override
    public Optional<JobRun> lastCompleted() {
        return jobs.lastCompletedRecomputation();
    }

    @Override
    @Transactional
    public void record(RecordJobRunUseCase.Command command) {
        List<String> payload = new ArrayList<>(List.of(command.jobName(), Long.toString(command.executionId()),
            String.valueOf(command.requestedBy()), command.status()));
        payload.addAll(command.facts());
        auditor.record(command.requestedBy() == null ? Auditor.SYSTEM : command.requestedBy(), AuditAction.JOB_RUN,
            command.jobName() + " " + command.executionId(), String.join("\n", payload), command.summary());
    }
}
