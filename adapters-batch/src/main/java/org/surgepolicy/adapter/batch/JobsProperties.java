package org.surgepolicy.adapter.batch;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code surge.jobs.*}: when the nightly recomputation runs and how it holds its locks, and what is resumed after a
 * crash. ({@code surge.jobs.scheduling.enabled=false}, as a command-line run sets, switches every schedule of the
 * service off: a condition reads it, see {@link BatchAdapterConfiguration}.)
 */
@ConfigurationProperties("surge.jobs")
public record JobsProperties(@DefaultValue Recompute recompute, @DefaultValue Resume resume) {

    /**
     * {@code surge.jobs.recompute.*}.
     *
     * @param cron           when the nightly recomputation runs, in {@code zone}; {@code -} never
     * @param zone           the time zone of {@code cron}
     * @param lockAtMostFor  how long a node that dies while recomputing keeps the lock that lets one run at a time
     * @param lockAtLeastFor how long the schedule's lock is held after a run, against a node whose clock is behind
     */
    public record Recompute(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("America/New_York") ZoneId zone,
                            @DefaultValue("PT2M") Duration lockAtMostFor,
                            @DefaultValue("PT5M") Duration lockAtLeastFor) {
    }

    /**
     * {@code surge.jobs.resume.*}: at start-up, the job executions a crash cut off are resumed, this node's own at
     * once, another node's once they have not moved for {@code staleAfter}.
     *
     * @param onStart    whether they are resumed at start-up at all
     * @param staleAfter how long another node's execution may stand still before it counts as cut off
     */
    public record Resume(@DefaultValue("true") boolean onStart, @DefaultValue("PT30M") Duration staleAfter) {
    }
}
