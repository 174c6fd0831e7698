package org.surgepolicy.application.contracts;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where the implementation under a contract test keeps its data: fresh for each test, its writes committed at an
 * instant the test chooses (a database's transaction that commits then, or the in-memory fake's clock set to it).
 */
public interface ContractStore extends AutoCloseable {

    /** Runs {@code work} as one commit at {@code at} and returns its result. */
    <T> T committedAt(Instant at, Supplier<T> work);

    @Override
    void close();
}
