package org.surgepolicy.adapter.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.adapter.persistence.change.ChangeWatch;

/**
 * The instant at which a writing transaction becomes visible: its commit stamp. Tally revisions, determinations,
 * overrides and audit entries carry it, so that "as known at T" means "committed by T" and an answer given for
 * {@code T} is the same whenever it is asked again.
 * <p>
 * Writers register what they must write with the stamp ({@link #atCommit}); just before the transaction commits, one
 * synchronization locks the {@code commit_clock} row, takes the clock's instant (never before the last stamp, always
 * after the last instant a reader settled), runs that work, and keeps the lock until the commit. Stamps therefore
 * follow commit order, and a transaction is invisible only while it holds the lock. Readers {@link #settle} an
 * instant before reading as known at it: they wait for a transaction that is between its stamp and its commit, and
 * make sure no later one is stamped at or before the instant.
 * <p>
 * Locks are taken in one order: the early ones a writer needs (the ledger's, the override counter's, the activation
 * decision counter's), then this clock, then the audit trail's head (whose entries are hashed over the stamp). Nothing
 * waits for an early lock while holding the clock, so the order cannot deadlock.
 */
public final class CommitClock {

    /** The smallest step of a stored instant. */
    private static final long TICK_MICROS = 1;

    /** What a writer writes with its transaction's commit stamp, just before the commit. */
    @FunctionalInterface
    public interface AtCommit {
        void write(Instant stamp);
    }

    /** What a writer writes with its transaction's commit stamp for all the items it registered, at once. */
    @FunctionalInterface
    public interface AtCommitTogether<T> {
        void write(List<T> items, Instant stamp);
    }

    private record State(Instant lastStamp, Instant settledThrough) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final ChangeWatch changes;

    /** A commit clock whose readers never keep the current data in memory (see {@link ChangeWatch}). */
    public CommitClock(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new ChangeWatch());
    }

    /** @param changes what tells the readers of the current data whether it changed since they last read it */
    public CommitClock(DataSource dataSource, Clock clock, ChangeWatch changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.separately = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What tells the readers of the current data whether it changed since they last read it. */
    public ChangeWatch changes() {
        return changes;
    }

    /** Runs {@code work} with the commit stamp just before the caller's transaction commits (in registration order). */
    public void atCommit(AtCommit work) {
        Objects.requireNonNull(work, "work");
        current().work.add(work);
    }

    /**
     * Adds {@code item} to those that {@code work} writes at once with the commit stamp, just before the caller's
     * transaction commits, in the place of the first registration of that {@code work} (the items in registration
     * order): a writer with many rows in one transaction writes them in one batch.
     */
    public <T> void atCommitTogether(AtCommitTogether<T> work, T item) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(item, "item");
        current().together(work).add(item);
    }

    /**
     * The instant a row holds until the commit stamp replaces it: now. Only the writing transaction ever sees it.
     */
    public Instant provisional() {
        return StoredInstants.stored(clock.instant());
    }

    /**
     * The caller's commit stamp, taken now for a writer that must return it: the clock is locked from now until the
     * commit, so call it as the transaction's last write.
     */
    public Instant stampNow() {
        return current().stamp();
    }

    /**
     * A policy's rows of one table as known at {@code knownAt}, all of them when it is null: settles the instant
     * first, then keeps the rows whose commit stamp ({@code recorded_at}) is not after it.
     *
     * @param select  {@code select <columns> from <table>}
     * @param orderBy the rows' order
     */
    public <T> List<T> policyRows(String select, String policyId, Instant knownAt, String orderBy, RowMapper<T> rows) {
        if (knownAt != null) {
            settle(knownAt);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(select + " where policy_id = :policy"
                + StoredInstants.upToKnownAt("recorded_at", knownAt) + " order by " + orderBy)
            .param("policy", policyId);
        return StoredInstants.bindKnownAt(statement, knownAt).query(rows).list();
    }

    /**
     * Makes an answer "as known at {@code knownAt}" final: returns once every transaction that is or could be stamped
     * at or before it has committed, having made sure that any other is stamped later. Answering for an instant
     * before the last stamp costs one small read; otherwise a short transaction of its own waits for the clock's lock
     * and moves the settled instant forward (on a second connection for that moment: the caller's read-only
     * transaction may neither lock nor write, and holding the lock for the whole read would stall every writer). An
     * instant later than now is settled only up to now, so that no reader can push the stamps into the future: an
     * answer about the future can still change (the API refuses such questions).
     */
    public void settle(Instant knownAt) {
        Instant asked = StoredInstants.stored(Objects.requireNonNull(knownAt, "knownAt"));
        Instant now = StoredInstants.stored(clock.instant());
        Instant instant = asked.isAfter(now) ? now : asked;
        if (settled(read(""), instant)) {
            return;
        }
        separately.executeWithoutResult(status -> {
            if (!settled(read(" for update"), instant)) {
                jdbc.sql("update commit_clock set settled_through = :at where id = 1")
                    .param("at", StoredInstants.toDatabase(instant)).update();
            }
        });
    }

    /** Whether nothing can be stamped at or before {@code instant} any more. */
    private static boolean settled(State state, Instant instant) {
        return state.lastStamp() != null && instant.isBefore(state.lastStamp())
            || state.settledThrough() != null && !instant.isAfter(state.settledThrough());
    }

    private State read(String lock) {
        return LockTimeouts.locking("The commit clock's lock", () -> jdbc.sql(
                "select last_stamp, settled_through from commit_clock where id = 1" + lock)
            .query((rs, row) -> new State(StoredInstants.fromDatabase(rs.getObject(1, OffsetDateTime.class)),
                StoredInstants.fromDatabase(rs.getObject(2, OffsetDateTime.class))))
            .single());
    }

    /** The stamp of the caller's transaction, registered with it the first time it is asked for. */
    private Stamp current() {
        Transactions.requireActive("Writing with a commit stamp");
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Stamp stamp && stamp.owner() == dataSource) {
                return stamp;
            }
        }
        Stamp stamp = new Stamp();
        TransactionSynchronizationManager.registerSynchronization(stamp);
        return stamp;
    }

    /** One transaction's stamp and the work that waits for it. */
    private final class Stamp implements TransactionSynchronization {

        private final List<AtCommit> work = new ArrayList<>();
        private final Map<AtCommitTogether<?>, List<Object>> together = new IdentityHashMap<>();
        private Instant at;

        /** The items registered with {@code batch}, written at once in the place of its first registration. */
        @SuppressWarnings("unchecked")
        <T> List<T> together(AtCommitTogether<T> batch) {
            return (List<T>) together.computeIfAbsent(batch, b -> {
                List<T> items = new ArrayList<>();
                work.add(stamp -> batch.write(items, stamp));
                return (List<Object>) items;
            });
        }

        DataSource owner() {
            return dataSource;
        }

        /** Locks the clock (until the commit) and takes the stamp, once. */
        Instant stamp() {
            if (at == null) {
                State state = read(" for update");
                Instant now = StoredInstants.stored(clock.instant());
                if (state.lastStamp() != null && now.isBefore(state.lastStamp())) {
                    now = state.lastStamp();
                }
                if (state.settledThrough() != null && !now.isAfter(state.settledThrough())) {
                    now = state.settledThrough().plus(TICK_MICROS, ChronoUnit.MICROS);
                }
                jdbc.sql("update commit_clock set last_stamp = :at where id = 1")
                    .param("at", StoredInstants.toDatabase(now)).update();
                at = now;
            }
            return at;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            Instant stamp = stamp();
            for (AtCommit each : work) {
                each.write(stamp);
            }
        }

        /** After every other synchronization's work, so that the lock is held for as short a time as can be. */
        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
