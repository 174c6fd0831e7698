package org.surgepolicy.bootstrap.compute;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.surgepolicy.application.contracts.ComputationsContract;
import org.surgepolicy.application.simulation.port.out.Computations;

/** The service's bounded pool keeps the port's contract (its bounds are {@link BoundedComputationsTest}'s). */
class BoundedComputationsContractTest extends ComputationsContract {

    private final BoundedComputations computations = new BoundedComputations(1, 0, Duration.ofSeconds(1));

    @Override
    protected Computations computations() {
        return computations;
    }

    @AfterEach
    void close() {
        computations.close();
    }
}
