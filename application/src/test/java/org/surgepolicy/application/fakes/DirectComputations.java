package org.surgepolicy.application.fakes;

import java.util.function.Supplier;
import org.surgepolicy.application.simulation.port.out.Computations;

/** Runs each computation at once on the calling thread: the use cases' tests need no pool. */
public final class DirectComputations implements Computations {

    @Override
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
