package org.surgepolicy.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A contract test of an output port: a fresh database for each test, from the subclass that names the database. */
public abstract class DatabaseContract {

    protected TestDatabase database;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void openTheDatabase() {
        database = openDatabase();
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
