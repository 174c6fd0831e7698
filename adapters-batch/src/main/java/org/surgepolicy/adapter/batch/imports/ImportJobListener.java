package org.surgepolicy.adapter.batch.imports;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.surgepolicy.application.imports.port.in.BeginImportUseCase;
import org.surgepolicy.application.imports.port.in.EndImportJobUseCase;

/**
 * Keeps an import's record in step with its job: running while the job runs; failed, with the job's reason, when
 * the job fails (a failed import can be resumed, so its file is kept); its file removed once it has ended.
 */
final class ImportJobListener implements JobExecutionListener {

    private final BeginImportUseCase begin;
    private final EndImportJobUseCase end;

    ImportJobListener(BeginImportUseCase begin, EndImportJobUseCase end) {
        this.begin = begin;
        this.end = end;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long importId = importId(execution);
        if (!begin.begin(importId, execution.getId())) {
            execution.setStatus(BatchStatus.STOPPING);
            execution.setExitStatus(execution.getExitStatus().addExitDescription(
                "another import of the same file is running"));
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        end.ended(importId(execution), execution.getStatus() == BatchStatus.COMPLETED ? null : reason(execution));
    }

    private static long importId(JobExecution execution) {
        Long id = execution.getJobParameters().getLong(ImportJobConfiguration.IMPORT_ID);
        if (id == null) {
            throw new IllegalStateException("an import job without an import id: " + execution);
        }
        return id;
    }

    /**
     * The deepest message of each failure (what went wrong, rather than the layers that passed it on), or the exit
     * description of the step that failed without an exception.
     */
    private static String reason(JobExecution execution) {
        Stream<String> reasons = execution.getAllFailureExceptions().isEmpty()
            ? Stream.concat(execution.getStepExecutions().stream().filter(step -> step.getStatus().isUnsuccessful())
                    .map(step -> step.getExitStatus()), Stream.of(execution.getExitStatus()))
                .map(ExitStatus::getExitDescription).filter(description -> !description.isBlank())
            : execution.getAllFailureExceptions().stream().map(ImportJobListener::rootMessage);
        String reason = reasons.distinct().collect(Collectors.joining("; "));
        return reason.isEmpty() ? "the job ended " + execution.getStatus() : reason;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
