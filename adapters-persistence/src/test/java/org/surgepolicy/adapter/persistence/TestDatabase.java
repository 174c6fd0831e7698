package org.surgepolicy.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final HikariDataSource dataSource;
    private final String schema;
    private final TransactionTemplate transactions;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T00:00:00Z"));
    private final CommitClock commitClock;

    private TestDatabase(String url, String schema, String version) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(CONNECTIONS);
        if (schema != null) {
            config.setSchema(schema);
        }
        this.schema = schema;
        this.dataSource = new HikariDataSource(config);
        migrate(version);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.commitClock = new CommitClock(dataSource, clock);
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
        if (schema == null) {
            jdbc().sql("shutdown").update();
        } else {
            PostgresSchema.drop(jdbc(), schema);
        }
        dataSource.close();
    }
}
