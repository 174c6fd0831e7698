package org.surgepolicy.adapter.persistence.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives, on a connection of its own, the notification that every commit changing the ledger's, the overrides' or
 * the activation decisions' version sends (the triggers of migration 20, whoever the writer is), and tells the
 * {@link ChangeWatch}. While its connection is lost, the watch keeps nothing; it connects again every
 * {@code retry}, and listens again before the watch keeps anything. On a database that is not PostgreSQL it ends at
 * once: the watch then never keeps a read.
 */
public final class PostgresChangeListener implements AutoCloseable {

    /** The channel the triggers notify on. */
    public static final String CHANNEL = "surge_change";
    /** The listening connection's application name, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "surge-change-listener";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeListener.class);
    /** How long one wait for notifications lasts: the longest a close waits for the listener to see it. */
    private static final int WAIT_MILLIS = 250;
    /** A connection that received nothing for this long is checked, in case the network dropped it silently. */
    private static final Duration CHECK_AFTER = Duration.ofSeconds(5);

    private final DataSource connections;
    private final ChangeWatch watch;
    private final Duration retry;
    private final Thread listener;
    private volatile boolean running = true;

    /** @param connections where the listener opens its connection: not the application's pool */
    public PostgresChangeListener(DataSource connections, ChangeWatch watch, Duration retry) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.listener = Thread.ofPlatform().daemon().name("database-changes").unstarted(this::listenUntilClosed);
    }

    public PostgresChangeListener start() {
        listener.start();
        return this;
    }

    private void listenUntilClosed() {
        boolean failing = false;
        while (running) {
            try (Connection connection = connections.getConnection()) {
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    return;
                }
                connection.setAutoCommit(true);
                connection.setClientInfo("ApplicationName", APPLICATION_NAME);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                watch.listening();
                if (failing) {
                    LOG.info("Listening to the database's changes again: the current data is kept in memory again");
                    failing = false;
                }
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                watch.lost();
                if (running && !failing) {
                    LOG.warn("Not listening to the database's changes ({}); every read goes to the database until"
                        + " the listener connects again", e.getMessage());
                    failing = true;
                }
                if (running) {
                    LockSupport.parkNanos(retry.toNanos());
                }
            }
        }
        watch.lost();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                watch.changed();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > CHECK_AFTER.toNanos()) {
                if (!connection.isValid(Math.toIntExact(Math.max(1, retry.toSeconds())))) {
                    throw new SQLException("the listening connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** Whether the listener still runs (it ends on close, and at once on a database that is not PostgreSQL). */
    public boolean isRunning() {
        return listener.isAlive();
    }

    @Override
    public void close() {
        running = false;
        try {
            listener.join(Duration.ofMillis(WAIT_MILLIS * 8L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watch.lost();
    }
}
