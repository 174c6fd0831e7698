package org.surgepolicy.bootstrap.compute;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many CPU-heavy computations (simulations, sweeps) run at once, how many wait, and what a refused one is told.
 *
 * @param threads    computations that run at once; unset: one per processor
 * @param queue      computations that may wait for a thread; one more is answered 503
 * @param retryAfter the {@code Retry-After} of that 503
 */
@ConfigurationProperties("surge.computations")
public record ComputationProperties(Integer threads, @DefaultValue("16") int queue,
                                    @DefaultValue("5s") Duration retryAfter) {

    public ComputationProperties {
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("surge.computations.threads must be 1 or more, was " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("surge.computations.queue must be 0 or more, was " + queue);
        }
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("surge.computations.retry-after must not be negative");
        }
    }

    /** The threads, one per processor when unset. */
    public int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
