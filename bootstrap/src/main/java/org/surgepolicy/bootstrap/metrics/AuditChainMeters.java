package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.domain.audit.AuditChain;

/**
 * Verifies the audit trail's hash chain on a schedule ({@code surge.metrics.audit-verification-interval}) and shows
 * the latest result: whether the chain was intact, how many entries it had, and when it was checked. The walk reads
 * every entry once, so it runs in the background rather than at each scrape. A verification that could not run (the
 * database is down) leaves the last result and its time as they were, so that its age tells that checks stopped. The
 * schedule runs where the service schedules its jobs ({@code surge.jobs.scheduling.enabled}); a command-line run,
 * which no one scrapes, has none.
 */
public final class AuditChainMeters implements MeterBinder, SchedulingConfigurer {

    static final String INTACT = "surge.audit.chain.intact";
    static final String ENTRIES = "surge.audit.chain.entries";
    static final String VERIFIED = "surge.audit.chain.verified.timestamp";

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainMeters.class);

    private record Checked(AuditChain.Verification verification, Instant at) {
    }

    private final VerifyAuditTrailQuery verifier;
    private final Clock clock;
    private final Duration interval;
    private final Duration initialDelay;
    private volatile Checked latest;

    /**
     * @param interval     how long after a walk the next one starts
     * @param initialDelay how long after start-up the first one starts
     */
    public AuditChainMeters(VerifyAuditTrailQuery verifier, Clock clock, Duration interval, Duration initialDelay) {
        this.verifier = verifier;
        this.clock = clock;
        this.interval = interval;
        this.initialDelay = initialDelay;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::verify, interval, initialDelay));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(INTACT, this, meters -> meters.value(c -> c.verification().intact() ? 1 : 0))
            .description("1 when the latest verification found the audit chain intact, 0 when it found it broken "
                + "(NaN before the first)")
            .strongReference(true).register(registry);
        Gauge.builder(ENTRIES, this, meters -> meters.value(c -> c.verification().entriesChecked()))
            .baseUnit("entries").description("Audit entries the latest verification of the chain checked")
            .strongReference(true).register(registry);
        Gauge.builder(VERIFIED, this, meters -> meters.value(c -> Timestamps.of(c.at())))
            .baseUnit(Timestamps.SECONDS)
            .description("When the audit chain was last verified, in Unix seconds (NaN before the first time)")
            .strongReference(true).register(registry);
    }

    private double value(ToDoubleFunction<Checked> of) {
        Checked checked = latest;
        return checked == null ? Double.NaN : of.applyAsDouble(checked);
    }

    /** Walks the chain and keeps the result; the first walk runs shortly after start-up's own work. */
    void verify() {
        AuditChain.Verification verification;
        try {
            verification = verifier.verify();
        } catch (RuntimeException e) {
            LOG.warn("The audit chain could not be verified: {}", e.getMessage());
            return;
        }
        latest = new Checked(verification, clock.instant());
        if (verification.intact()) {
            LOG.debug("The audit chain is intact: {} entries checked", verification.entriesChecked());
        } else {
            LOG.error("The audit chain is broken at entry {}: {}", verification.firstBrokenSequence(),
                verification.reason());
        }
    }
}
