package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.surgepolicy.application.jobs.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;

/**
 * When the recomputation job last completed, read from the job repository when scraped: the value survives a restart
 * of the service, and every node of a cluster reports the run whichever node ran it. NaN while no run has completed.
 */
public final class LastRecomputationMeter implements MeterBinder {

    static final String NAME = "surge.recompute.last.completed.timestamp";

    private final CachedReads<String, Optional<Instant>> lastCompleted;

    public LastRecomputationMeter(GetLastCompletedRecomputationQuery query, Duration ttl) {
        this.lastCompleted = new CachedReads<>(ttl, name -> query.lastCompleted().map(JobRun::endedAt));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(NAME, this, meter -> Timestamps.of(meter.lastCompleted.get(NAME).orElse(null)))
            .baseUnit(Timestamps.SECONDS)
            .description("When the newest completed run of the recomputation job (the nightly job, or one started "
                + "by hand) ended, in Unix seconds (NaN while none has completed)")
            .strongReference(true).register(registry);
    }
}
