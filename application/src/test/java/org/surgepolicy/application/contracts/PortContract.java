package org.surgepolicy.application.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An out-port's contract test: one abstract class per port, whose tests every implementation runs (the in-memory fake
 * here, the JDBC adapter on H2 and on PostgreSQL), each in a fresh store that its subclass opens.
 *
 * @param <S> the kind of store the implementation keeps its data in
 */
public abstract class PortContract<S extends ContractStore> {

    protected S store;

    /** A fresh, empty store for one test. */
    protected abstract S openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    /** Runs {@code work} as one commit at {@code at}. */
    protected <T> T committedAt(Instant at, Supplier<T> work) {
        return store.committedAt(at, work);
    }

    /** Runs every task at once, each on its own thread, and returns their results in task order. */
    protected static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
