package org.surgepolicy.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.adapter.persistence.change.ChangeWatch;
import org.surgepolicy.adapter.persistence.change.PostgresChangeListener;
import org.surgepolicy.application.contracts.ContractStore;
import org.surgepolicy.application.fakes.MutableClock;

/**
 * A freshly migrated database for one test: an in-memory H2 in PostgreSQL mode, or a new schema on the configured
 * PostgreSQL server (dropped on close). Connections are pooled so that concurrent tests get one each. Its commit clock
 * stamps the transactions at the instant of {@link #clock()}, which stays where the test last set it.
 */
public final class TestDatabase implements ContractStore {

    private static final int CONNECTIONS = 24;
    private static final String LATEST = "latest";
    private static final Duration LISTENER_RETRY = Duration.ofMillis(100);

    private final HikariDataSource dataSource;
    private final String schema;
    private final TransactionTemplate transactions;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T00:00:00Z"));
    private final CommitClock commitClock;

    private final ChangeWatch changes = new ChangeWatch();
    private final PostgresChangeListener listener;
    private final boolean ownsSchema;

    private TestDatabase(String url, String schema, String version) {
        this(url, schema, version, false, true);
    }

    private TestDatabase(String url, String schema, String version, boolean listening, boolean ownsSchema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(CONNECTIONS);
        if (schema != null) {
            config.setSchema(schema);
        }
        this.schema = schema;
        this.ownsSchema = ownsSchema;
        this.dataSource = new HikariDataSource(config);
        if (ownsSchema) {
            migrate(version);
        }
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.commitClock = new CommitClock(dataSource, clock, changes);
        this.listener = listening ? new PostgresChangeListener(OwnConnections.of(dataSource), changes,
            LISTENER_RETRY).start() : null;
        if (listening) {
            awaitListening();
        }
    }

    /**
     * As {@link #postgres()}, and its readers keep the current data in memory while they receive the notifications of
     * its changes, as the service does on PostgreSQL.
     */
    public static TestDatabase postgresListening() {
        return new TestDatabase(PostgresServer.url(), PostgresSchema.newName(), LATEST, true, true);
    }

    /**
     * Another node of the service on this database: its own pool, commit clock and change watch, listening to the
     * changes; closing it leaves the database as it is.
     */
    public TestDatabase otherNode() {
        return new TestDatabase(dataSource.getJdbcUrl(), schema, LATEST, true, false);
    }

    /** What tells this database's readers whether the current data changed since they read it. */
    public ChangeWatch changes() {
        return changes;
    }

    /** Waits until the readers keep the current data again (the listener listens). */
    public void awaitListening() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!changes.isLive()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the change listener did not listen within 20 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** H2 as the embedded default runs it, in memory. */
    public static TestDatabase h2() {
        return h2UpTo(LATEST);
    }

    /** A new schema on the configured PostgreSQL server; skips or fails the test when there is none. */
    public static TestDatabase postgres() {
        return postgresUpTo(LATEST);
    }

    /** As {@link #h2()}, migrated only up to {@code version}, for a test of the migrations after it. */
    public static TestDatabase h2UpTo(String version) {
        return new TestDatabase(H2Urls.memory("surge-" + UUID.randomUUID()) + H2Urls.KEPT_OPEN, null, version);
    }

    /** As {@link #postgres()}, migrated only up to {@code version}, for a test of the migrations after it. */
    public static TestDatabase postgresUpTo(String version) {
        return new TestDatabase(PostgresServer.url(), PostgresSchema.newName(), version);
    }

    /** Applies the migrations up to {@code version} ({@code "latest"} for all of them). */
    public void migrate(String version) {
        Flyway.configure().dataSource(dataSource).schemas(schema == null ? new String[0] : new String[] {schema})
            .target(version).load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** The clock the commit clock reads: transactions commit at its instant. */
    public MutableClock clock() {
        return clock;
    }

    /** The commit clock that the adapters under test stamp their writes with. */
    public CommitClock commitClock() {
        return commitClock;
    }

    /** Runs {@code work} in one transaction that commits at {@code at}. */
    @Override
    public <T> T committedAt(Instant at, Supplier<T> work) {
        clock.set(at);
        return inTransaction(work);
    }

    /** Runs {@code work} in one transaction and returns its result. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
        if (!ownsSchema) {
            dataSource.close();
            return;
        }
        if (schema == null) {
            jdbc().sql("shutdown").update();
        } else {
            PostgresSchema.drop(jdbc(), schema);
        }
        dataSource.close();
    }
}
