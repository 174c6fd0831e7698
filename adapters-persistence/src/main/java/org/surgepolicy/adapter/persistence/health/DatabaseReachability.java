package org.surgepolicy.adapter.persistence.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.surgepolicy.adapter.persistence.OwnConnections;

/**
 * Whether the database answers, found by a thread of its own on a connection of its own, so that a readiness probe
 * reads the last finding at once and never waits for the application's pool, which an outage (or a busy moment)
 * can leave without a free connection for seconds. Time here is the machine's, not the application's clock: a probe
 * is about now.
 * <p>
 * Every {@code interval} it runs {@code select 1} with a timeout of {@code timeout}, opening its connection again when
 * it was lost. The database is unreachable after {@value #FAILURES_TO_DOWN} checks in a row failed (an outage refuses
 * connections at once, so that is within two intervals of it), or when no check has answered for {@code staleAfter}
 * (a check that hangs on a network that drops packets); one slow check that answers, or one that fails between good
 * ones, changes nothing. It is reachable again from the first check that answers.
 */
public final class DatabaseReachability implements AutoCloseable {

    /** Failed checks in a row that make the database unreachable. */
    static final int FAILURES_TO_DOWN = 2;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReachability.class);

    /**
     * What the checks found.
     *
     * @param reachable   whether the database counts as answering
     * @param lastAnswer  when a check last succeeded, or null when none has yet
     * @param problem     why it does not count as answering, or null
     */
    public record Finding(boolean reachable, Instant lastAnswer, String problem) {
    }

    private final DataSource connections;
    private final Duration interval;
    private final Duration timeout;
    private final Duration staleAfter;
    private final Thread checker;
    private volatile boolean running = true;
    private volatile Instant lastAnswer;
    private volatile long lastAnswerNanos;
    private volatile int failuresInARow;
    private volatile String lastProblem = "not checked yet";
    private Connection connection;

    /**
     * @param connections where the checks open their connection: not the application's pool (see {@link OwnConnections})
     */
    public DatabaseReachability(DataSource connections, Duration interval, Duration timeout, Duration staleAfter) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
        this.checker = Thread.ofPlatform().daemon().name("database-reachability").unstarted(this::checkUntilClosed);
    }

    /** Starts checking; the first check runs at once. */
    public DatabaseReachability start() {
        checker.start();
        return this;
    }

    /** The latest finding, without touching the database. */
    public Finding current() {
        Instant answered = lastAnswer;
        int failures = failuresInARow;
        if (failures >= FAILURES_TO_DOWN || answered == null) {
            return new Finding(false, answered, lastProblem);
        }
        Duration silent = Duration.ofNanos(System.nanoTime() - lastAnswerNanos);
        if (silent.compareTo(staleAfter) > 0) {
            return new Finding(false, answered, "no check has answered for " + silent.toMillis() + " ms");
        }
        return new Finding(true, answered, null);
    }

    private void checkUntilClosed() {
        while (running) {
            long started = System.nanoTime();
            check();
            long rest = interval.toNanos() - (System.nanoTime() - started);
            if (rest > 0) {
                LockSupport.parkNanos(rest);
            }
        }
        closeConnection();
    }

    /** One check; a connection that fails is replaced once at once, since it may only have been dropped. */
    void check() {
        try {
            try {
                ask();
            } catch (SQLException lost) {
                closeConnection();
                ask();
            }
            lastAnswerNanos = System.nanoTime();
            lastAnswer = Instant.now();
            if (failuresInARow >= FAILURES_TO_DOWN) {
                LOG.info("The database answers again");
            }
            failuresInARow = 0;
            lastProblem = null;
        } catch (SQLException | RuntimeException e) {
            closeConnection();
            lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (++failuresInARow == FAILURES_TO_DOWN) {
                LOG.warn("The database does not answer: {}", lastProblem);
            }
        }
    }

    private void ask() throws SQLException {
        if (connection == null) {
            connection = connections.getConnection();
        }
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(Math.max(1, (int) timeout.toSeconds()));
            statement.execute("select 1");
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                LOG.debug("Closing the check's connection: {}", alreadyGone.getMessage());
            }
            connection = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        checker.interrupt();
        checker.join(timeout.plus(interval).toMillis());
    }
}
