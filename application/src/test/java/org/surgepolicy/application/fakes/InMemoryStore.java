package org.surgepolicy.application.fakes;

import java.time.Instant;
import java.util.function.Supplier;
import org.surgepolicy.application.contracts.ContractStore;

/**
 * The store of the in-memory fakes under their contract tests: nothing to open or close, and a commit at an instant is
 * the work done with the fakes' clock set to it, one commit at a time.
 */
public final class InMemoryStore implements ContractStore {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T00:00:00Z"));

    /** The clock the fakes under test stamp their writes with. */
    public MutableClock clock() {
        return clock;
    }

    @Override
    public synchronized <T> T committedAt(Instant at, Supplier<T> work) {
        clock.set(at);
        return work.get();
    }

    @Override
    public void close() {
    }
}
