package org.surgepolicy.adapter.persistence;

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
 * A contract test of an output port: a fresh database for each test, from the subclass that names the database, and
 * the commit clock that stamps its transactions at the instant of {@link #clock}.
 */
public abstract class DatabaseContract {

    protected final SettableClock clock = new SettableClock(Instant.parse("2024-06-01T00:00:00Z"));
    protected TestDatabase database;
    protected CommitClock commitClock;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void openTheDatabase() {
        database = openDatabase();
        commitClock = new CommitClock(database.dataSource(), clock);
    }

    /** Runs {@code work} in one transaction that commits at {@code at}. */
    protected <T> T committedAt(Instant at, Supplier<T> work) {
        clock.set(at);
        return database.inTransaction(work);
    }

    @AfterEach
    void closeTheDatabase() {
        database.close();
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
