package org.surgepolicy.adapter.batch.jobs;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.surgepolicy.application.imports.port.in.RecoverImportsUseCase;

/**
 * Finds what a crash cut off and resumes it from its last committed chunk: first the imports that no job will move
 * any more (queued or running, their job gone or never launched), then every other job execution that the repository
 * still holds as running but is not (see {@link SpringBatchJobs}: this node's own from before this process started,
 * or another node's once it has not moved for {@code surge.jobs.resume.stale-after}).
 */
public final class InterruptedJobs {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

    private final SpringBatchJobs jobs;
    private final RecoverImportsUseCase imports;

    public InterruptedJobs(SpringBatchJobs jobs, RecoverImportsUseCase imports) {
        this.jobs = jobs;
        this.imports = imports;
    }

    /**
     * What a resumption did.
     *
     * @param imports    the imports restarted
     * @param executions the other job executions resumed
     */
    public record Resumed(List<Long> imports, List<Long> executions) {
    }

    /** Restarts every stuck import and resumes every other interrupted execution. */
    public Resumed resumeAll() {
        List<Long> restarted = imports.recover();
        if (!restarted.isEmpty()) {
            LOG.warn("Restarted the imports {}, which no job would have moved any more", restarted);
        }
        List<Long> resumed = new ArrayList<>();
        for (JobExecution execution : jobs.runningExecutions()) {
            if (jobs.alive(execution)) {
                continue;
            }
            LOG.warn("Resuming job execution {} of {}, cut off while {} (last updated {})", execution.getId(),
                execution.getJobInstance().getJobName(), execution.getStatus(), execution.getLastUpdated());
            try {
                jobs.resume(execution);
                resumed.add(execution.getId());
            } catch (RuntimeException e) {
                LOG.error("Could not resume job execution {}: {}", execution.getId(), e.getMessage(), e);
            }
        }
        return new Resumed(restarted, resumed);
    }
}
