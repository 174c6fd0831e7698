package org.surgepolicy.adapter.batch;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;

/**
 * Appends a JOB_RUN event to the audit trail when a job execution ends, whatever its outcome, in the words its job
 * gives: "nightly recomputation (job execution 17) started by admin: COMPLETED, 2 policies, ...".
 */
public final class JobRunAudit implements JobExecutionListener {

    /**
     * A job execution in words.
     *
     * @param description what ran, such as "nightly recomputation"
     * @param requestedBy who started it, or null when nobody is known
     * @param facts       what it did, each in a few words
     */
    public record Words(String description, String requestedBy, List<String> facts) {
    }

    private final RecordJobRunUseCase audit;
    private final Function<JobExecution, Words> words;

    public JobRunAudit(RecordJobRunUseCase audit, Function<JobExecution, Words> words) {
        this.audit = audit;
        this.words = words;
    }

    /** "1 policy", "1,204 days": a count and its noun, singular or plural. */
    public static String count(long count, String one, String many) {
        return number(count) + " " + (count == 1 ? one : many);
    }

    /** A number as the summaries write it, with a thousands separator: {@code 26,456}. */
    public static String number(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    @Override
    public void afterJob(JobExecution execution) {
        Words said = words.apply(execution);
        audit.record(new RecordJobRunUseCase.Command(execution.getJobInstance().getJobName(), said.description(),
            execution.getId(), said.requestedBy(), execution.getStatus().name(), said.facts()));
    }
}
