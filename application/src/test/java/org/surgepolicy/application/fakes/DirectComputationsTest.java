package org.surgepolicy.application.fakes;

import org.surgepolicy.application.contracts.ComputationsContract;
import org.surgepolicy.application.simulation.port.out.Computations;

/** The fake that runs each computation on the caller's thread keeps the port's contract. */
class DirectComputationsTest extends ComputationsContract {

    @Override
    protected Computations computations() {
        return new DirectComputations();
    }
}
