package org.surgepolicy.application.simulation.port.in;

import java.time.Duration;

/**
 * A simulation or sweep was refused: every computation thread is busy and the queue is full, nothing was run; the
 * caller may try again after {@link #retryAfter()}.
 */
public final class ComputationsBusy extends RuntimeException {

    private final transient Duration retryAfter;

    /**
     * @param message    what is full, in words
     * @param retryAfter when to try again
     */
    public ComputationsBusy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
