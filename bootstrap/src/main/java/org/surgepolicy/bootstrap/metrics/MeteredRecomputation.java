package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.OUTCOME;
import static org.surgepolicy.bootstrap.metrics.MeterNames.RECOMPUTATION;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase;

/**
 * Recomputing every policy, timed: the Timer {@code surge.recomputation} records each run of the use case, tagged
 * {@code outcome=success} or {@code failure}, whoever runs it (the nightly job, a trigger, the command line), since
 * this decorator is the use case's primary bean.
 */
public final class MeteredRecomputation implements RecomputePoliciesUseCase {

    static final String SUCCESS = "success";
    static final String FAILURE = "failure";

    private final RecomputePoliciesUseCase recompute;
    private final MeterRegistry registry;

    public MeteredRecomputation(RecomputePoliciesUseCase recompute, MeterRegistry registry) {
        this.recompute = recompute;
        this.registry = registry;
    }

    static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(RECOMPUTATION).tag(OUTCOME, outcome)
            .description("Time to recompute every policy's timeline from all the data and record what is new")
            .register(registry);
    }

    @Override
    public List<Recomputation> recompute() {
        Timer.Sample sample = Timer.start(registry);
        String outcome = FAILURE;
        try {
            List<Recomputation> results = recompute.recompute();
            outcome = SUCCESS;
            return results;
        } finally {
            sample.stop(timer(registry, outcome));
        }
    }
}
