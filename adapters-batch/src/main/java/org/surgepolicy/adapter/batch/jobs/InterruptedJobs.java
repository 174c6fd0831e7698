package org.surgepolicy.adapter.batch.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * Finds the job executions that a crash cut off (the repository still holds them as running) and resumes each from
 * its last committed chunk. An execution started by this node cannot be running any more when this node has just
 * started; one started by another node is taken over only once it has not moved for {@code staleAfter}, since that
 * node may still be working on it.
 */
public final class InterruptedJobs {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

    private final SpringBatchJobs jobs;
    private final Duration staleAfter;
    private final Clock clock;

    public InterruptedJobs(SpringBatchJobs jobs, Duration staleAfter, Clock clock) {
        this.jobs = jobs;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /** Resumes every interrupted execution; returns the ids of those resumed. */
    public List<Long> resumeAll() {
        List<Long> resumed = new ArrayList<>();
        for (JobExecution execution : jobs.runningExecutions()) {
            if (!interrupted(execution)) {
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
        return resumed;
    }

    private boolean interrupted(JobExecution execution) {
        String node = execution.getJobParameters().getString(SpringBatchJobs.NODE);
        if (jobs.node().equals(node)) {
            return true;
        }
        LocalDateTime lastUpdated = execution.getLastUpdated() != null ? execution.getLastUpdated()
            : execution.getCreateTime();
        return lastUpdated.plus(staleAfter).isBefore(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
    }
}
