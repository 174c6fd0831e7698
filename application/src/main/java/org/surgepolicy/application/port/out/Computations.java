package org.surgepolicy.application.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs CPU-heavy work (simulations, parameter sweeps) a bounded number at a time, away from the threads that answer
 * requests: many at once are refused rather than left to starve the rest of the service.
 */
public interface Computations {

    /**
     * Runs the work and waits for its result; what the work throws is thrown as it was.
     *
     * @throws Busy when as many computations as allowed are running and waiting already
     */
    <T> T run(Supplier<T> work);

    /** Every computation thread is busy and the queue is full: nothing was run; try again after a while. */
    final class Busy extends RuntimeException {

        private final transient Duration retryAfter;

        /**
         * @param message    what is full, in words
         * @param retryAfter when to try again
         */
        public Busy(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
