package org.surgepolicy.adapter.batch;

import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.surgepolicy.application.port.in.RecordJobRunUseCase;

/** Appends a JOB_RUN event to the audit trail when a job execution ends, whatever its outcome. */
public final class JobRunAudit implements JobExecutionListener {

    private final RecordJobRunUseCase audit;

    public JobRunAudit(RecordJobRunUseCase audit) {
        this.audit = audit;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String steps = execution.getStepExecutions().stream()
            .map(step -> step.getStepName() + " " + step.getStatus() + " (read " + step.getReadCount() + ", written "
                + step.getWriteCount() + ")")
            .collect(Collectors.joining(", "));
        audit.record(new RecordJobRunUseCase.Command(execution.getJobInstance().getJobName(), execution.getId(),
            execution.getStatus().name(), "parameters " + execution.getJobParameters() + "; steps: " + steps));
    }
}
