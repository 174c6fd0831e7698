package org.surgepolicy.adapter.persistence.tally;

import static org.surgepolicy.adapter.persistence.tally.TallyRows.CELL_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.KEY_COLUMNS;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.LockTimeouts;
import org.surgepolicy.adapter.persistence.Postgres;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.Append;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.LedgerAppend;
import org.surgepolicy.domain.tally.LedgerAppend.DayCell;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallySource;

/**
 * One append to the ledger, under its lock: compares the tallies with the latest counts of their keys, moves the
 * latest counts and the daily aggregate by the differences, and inserts the new revisions (each with the count it
 * replaced, V18) with the transaction's commit stamp just before it commits, all in batches. It reads only the latest counts of the days concerned and
 * their aggregate rows, never the revisions.
 */
final class TallyAppend {

    /** The longest recordedBy or source a revision keeps: both columns are as long as a source may be. */
    static final int MAX_TEXT = TallySource.MAX_LENGTH;
    private static final int BATCH_SIZE = 1_000;

    /** The ledger's state row, as locked by an append. */
    record LedgerState(long version, long lastRevisionId) {
    }

    /** The latest counts of the keys given as six text arrays, one per key column (PostgreSQL). */
    private static final String LATEST_OF_KEYS = "select l.tally_date, l.component, l.area, l.demographic,"
        + " l.citizenship, l.encounter_type, l.encounter_count from tally_latest l join unnest(?::text[], ?::text[],"
        + " ?::text[], ?::text[], ?::text[], ?::text[]) as k(tally_date, component, area, demographic, citizenship,"
        + " encounter_type) on l.tally_date = k.tally_date::date and l.component = k.component and l.area = k.area"
        + " and l.demographic = k.demographic and l.citizenship = k.citizenship"
        + " and l.encounter_type = k.encounter_type";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final CommitClock commitClock;
    private final boolean postgres;

    /** How long an append waits for the ledger's lock; null for as long as the database's own lock timeout. */
    private final Duration lockWait;

    /**
     * @param postgres whether the database is PostgreSQL, whose arrays let the latest counts be read key by key
     * @param lockWait how long an append waits for the ledger's lock (null: the database's own lock timeout)
     */
    TallyAppend(JdbcTemplate template, JdbcClient jdbc, CommitClock commitClock, boolean postgres,
                Duration lockWait) {
        this.template = template;
        this.jdbc = jdbc;
        this.commitClock = commitClock;
        this.postgres = postgres;
        this.lockWait = lockWait;
    }

    /**
     * Locks the ledger's state row until the transaction ends, and reads it.
     *
     * @throws TallyLedger.Busy when another change holds the lock for longer than the database's lock timeout (H2's
     *                          {@code LOCK_TIMEOUT}, PostgreSQL's {@code lock_timeout}), as the publish of a large
     *                          import can
     */
    LedgerState lock() {
        try {
            return LockTimeouts.locking("The ledger's lock", () -> jdbc.sql(
                    "select version, last_revision_id from tally_ledger where id = 1 for update")
                .query((rs, row) -> new LedgerState(rs.getLong(1), rs.getLong(2)))
                .single());
        } catch (CannotAcquireLockException e) {
            throw new TallyLedger.Busy(e.getMessage(), e);
        }
    }

    /**
     * Appends in list order, by the ledger's one rule ({@link LedgerAppend}). The ids are taken now, under the
     * ledger's lock; the revisions are written with the commit stamp, which the commit clock gives in commit order, so
     * that recording order by instant and by id agree.
     */
    AppendResult append(List<Tally> tallies, String recordedBy, String source) {
        return appendAll(List.of(new Append(tallies, recordedBy, source))).getFirst();
    }

    /**
     * As {@link #lock()}, waiting at most {@code wait} whatever the connection's own lock timeout, which it gives
     * back afterwards: PostgreSQL's {@code lock_timeout} for the transaction's one statement, H2's {@code LOCK_TIMEOUT}
     * for the session (which setting it does not commit), then the value it had before.
     */
    private LedgerState lockWithin(Duration wait) {
        String millis = Long.toString(wait.toMillis());
        if (postgres) {
            return Postgres.withSettings(jdbc, Map.of("lock_timeout", millis + "ms"), this::lock);
        }
        int previous = jdbc.sql("select lock_timeout()").query(Integer.class).single();
        jdbc.sql("set lock_timeout " + millis).update();
        try {
            return lock();
        } finally {
            jdbc.sql("set lock_timeout " + previous).update();
        }
    }

    /**
     * Makes several appends at once, with the outcome of one after the other: each by the ledger's rule on the counts
     * the ones before it left, its revisions numbered after theirs. One lock, one read of the latest counts and one
     * write of each kind serve them all, and the ledger moves by one version.
     */
    List<AppendResult> appendAll(List<Append> appends) {
        List<Tally> all = appends.stream().flatMap(a -> a.tallies().stream()).toList();
        if (all.isEmpty()) {
            return appends.stream().map(a -> new AppendResult(0, 0, 0)).toList();
        }
        LedgerState state = lockWait == null ? lock() : lockWithin(lockWait);
        Map<TallyKey, Long> before = latestOf(all);
        Map<TallyKey, Long> counts = new HashMap<>();
        Map<TallyKey, LedgerAppend.Revision> after = new HashMap<>();
        Map<DayCell, Long> deltas = new LinkedHashMap<>();
        List<Written> revisions = new ArrayList<>();
        List<AppendResult> results = new ArrayList<>(appends.size());
        long lastId = state.lastRevisionId();
        for (Append append : appends) {
            LedgerAppend.Outcome outcome = LedgerAppend.of(append.tallies(),
                key -> counts.containsKey(key) ? counts.get(key) : before.get(key), lastId);
            lastId += outcome.revisions().size();
            outcome.latest().forEach((key, revision) -> {
                after.put(key, revision);
                counts.put(key, revision.tally().count());
            });
            outcome.cellDeltas().forEach((cell, delta) -> deltas.merge(cell, delta, Long::sum));
            outcome.revisions().forEach(r -> revisions.add(new Written(r, append.recordedBy(), append.source())));
            results.add(new AppendResult(outcome.added(), outcome.revised(), outcome.unchanged()));
        }
        if (revisions.isEmpty()) {
            return results;
        }
        long version = state.version() + 1;
        writeLatest(after, before);
        writeAggregates(deltas, version);
        jdbc.sql("update tally_ledger set version = :version, last_revision_id = :id where id = 1")
            .param("version", version).param("id", lastId)
            .update();
        commitClock.changes().versionChanged();
        commitClock.atCommit(at -> insertRevisions(revisions, at));
        return results;
    }

    /** A new revision with who sent it and where it comes from. */
    private record Written(LedgerAppend.Revision revision, String recordedBy, String source) {
    }

    /**
     * The latest counts of the keys among {@code tallies} that have any, from tally_latest. On PostgreSQL the keys go
     * as six arrays joined to the table through its key's index, in one statement whose text never changes (so it is
     * planned once per connection); a read of the keys' days instead would scan the whole table once a few days are
     * asked, as the planner expects most of each day's rows. On H2 the keys' days are read, each day's keys at once.
     */
    private Map<TallyKey, Long> latestOf(List<Tally> tallies) {
        Set<TallyKey> wanted = new HashSet<>();
        tallies.forEach(t -> wanted.add(t.key()));
        Map<TallyKey, Long> latest = new HashMap<>();
        if (postgres) {
            String[][] columns = new String[6][wanted.size()];
            int row = 0;
            for (TallyKey key : wanted) {
                Object[] values = TallyRows.keyValues(key);
                for (int column = 0; column < columns.length; column++) {
                    columns[column][row] = values[column].toString();
                }
                row++;
            }
            template.query(LATEST_OF_KEYS, ps -> {
                for (int column = 0; column < columns.length; column++) {
                    ps.setArray(column + 1, ps.getConnection().createArrayOf("text", columns[column]));
                }
            }, rs -> {
                latest.put(TallyRows.readKey(rs, 1), rs.getLong(7));
            });
            return latest;
        }
        for (List<LocalDate> days : JdbcTallyLedger.chunks(wanted.stream().map(TallyKey::date).toList())) {
            jdbc.sql("select " + KEY_COLUMNS + ", encounter_count from tally_latest"
                    + " where tally_date in (:days)")
                .param("days", days)
                .query(rs -> {
                    TallyKey key = TallyRows.readKey(rs, 1);
                    if (wanted.contains(key)) {
                        latest.put(key, rs.getLong(7));
                    }
                });
        }
        return latest;
    }

    private void insertRevisions(List<Written> revisions, Instant at) {
        OffsetDateTime recordedAt = StoredInstants.toDatabase(at);
        template.batchUpdate("insert into tally_revision (id, " + KEY_COLUMNS
                + ", encounter_count, previous_count, recorded_at, recorded_by, source)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            revisions, BATCH_SIZE, (ps, written) -> {
                ps.setLong(1, written.revision().id());
                TallyRows.bindKey(ps, 2, written.revision().tally().key());
                ps.setLong(8, written.revision().tally().count());
                ps.setObject(9, written.revision().previous(), Types.BIGINT);
                ps.setObject(10, recordedAt);
                ps.setString(11, written.recordedBy());
                ps.setString(12, written.source());
            });
    }

    private void writeLatest(Map<TallyKey, LedgerAppend.Revision> after, Map<TallyKey, Long> before) {
        List<LedgerAppend.Revision> updated = new ArrayList<>();
        List<LedgerAppend.Revision> inserted = new ArrayList<>();
        after.forEach((key, revision) -> (before.containsKey(key) ? updated : inserted).add(revision));
        template.batchUpdate("update tally_latest set encounter_count = ?, revision_id = ? where tally_date = ?"
                + " and component = ? and area = ? and demographic = ? and citizenship = ? and encounter_type = ?",
            updated, BATCH_SIZE, (ps, revision) -> {
                ps.setLong(1, revision.tally().count());
                ps.setLong(2, revision.id());
                TallyRows.bindKey(ps, 3, revision.tally().key());
            });
        template.batchUpdate("insert into tally_latest (" + KEY_COLUMNS + ", encounter_count, revision_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
            inserted, BATCH_SIZE, (ps, revision) -> {
                TallyRows.bindKey(ps, 1, revision.tally().key());
                ps.setLong(7, revision.tally().count());
                ps.setLong(8, revision.id());
            });
    }

    /**
     * Adds each key's change to its day and cell. A cell that has no row yet gets one (a new key, even with a count
     * of zero, makes its day reported); a cell whose total does not move keeps its changed_version.
     */
    private void writeAggregates(Map<DayCell, Long> deltas, long version) {
        Set<DayCell> existing = new HashSet<>();
        for (List<LocalDate> days : JdbcTallyLedger.chunks(deltas.keySet().stream().map(DayCell::date).toList())) {
            jdbc.sql("select " + CELL_COLUMNS + " from daily_aggregate where tally_date in (:days)")
                .param("days", days)
                .query(rs -> {
                    existing.add(new DayCell(rs.getObject(1, LocalDate.class),
                        AggregateCells.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))));
                });
        }
        List<Map.Entry<DayCell, Long>> updated = new ArrayList<>();
        List<Map.Entry<DayCell, Long>> inserted = new ArrayList<>();
        deltas.entrySet().forEach(e -> {
            if (!existing.contains(e.getKey())) {
                inserted.add(e);
            } else if (e.getValue() != 0) {
                updated.add(e);
            }
        });
        template.batchUpdate("update daily_aggregate set total = total + ?, changed_version = ? where tally_date = ?"
                + " and component = ? and region = ? and demographic = ? and contiguous_citizenship = ?",
            updated, BATCH_SIZE, (ps, e) -> {
                ps.setLong(1, e.getValue());
                ps.setLong(2, version);
                TallyRows.bindCell(ps, 3, e.getKey().date(), e.getKey().cell());
            });
        template.batchUpdate("insert into daily_aggregate (" + CELL_COLUMNS + ", total, changed_version)"
                + " values (?, ?, ?, ?, ?, ?, ?)",
            inserted, BATCH_SIZE, (ps, e) -> {
                TallyRows.bindCell(ps, 1, e.getKey().date(), e.getKey().cell());
                ps.setLong(6, e.getValue());
                ps.setLong(7, version);
            });
    }
}
