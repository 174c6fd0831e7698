package org.surgepolicy.application.simulation.port.out;

import java.util.function.Supplier;
import org.surgepolicy.application.simulation.port.in.ComputationsBusy;

/**
 * Runs CPU-heavy work (simulations, parameter sweeps) a bounded number at a time, away from the threads that answer
 * requests: many at once are refused rather than left to starve the rest of the service.
 */
public interface Computations {

    /**
     * Runs the work and waits for its result; what the work throws is thrown as it was.
     *
     * @throws ComputationsBusy when as many computations as allowed are running and waiting already
     */
    <T> T run(Supplier<T> work);
}
