package org.surgepolicy.adapter.persistence.tally;

import static org.surgepolicy.adapter.persistence.tally.TallyRows.AGGREGATE_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.CELL_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.KEY_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.REVISION_COLUMNS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.Postgres;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * The tally ledger in JDBC: revisions appended in batches, the latest count of each key and the daily aggregate
 * maintained in the same transaction, and reads as known at an instant computed from the revisions.
 */
public final class JdbcTallyLedger implements TallyLedger {

    /** Days per IN list, well below every driver's limit on parameters. */
    static final int DAYS_PER_QUERY = 500;
    private static final int FETCH_SIZE = 2_000;

    /** The ids of the latest revision of each key among the revisions that {@code where} selects. */
    private static String latestIds(String where) {
        return "select max(id) as id from tally_revision where " + where + " group by " + KEY_COLUMNS;
    }

    /** The latest revisions among those that {@code where} selects, as a derived table named {@code alias}. */
    private static String latestRevisions(String where, String alias) {
        return "(select r.* from tally_revision r join (" + latestIds(where) + ") latest on latest.id = r.id) "
            + alias;
    }

    /**
     * Sums {@code rows} (a table or derived table holding one row per key with its count) per day and aggregate cell,
     * with the regions and contiguous countries of the domain.
     */
    private static String sumPerCell(String rows) {
        return "select " + CELL_COLUMNS + ", sum(encounter_count) as total from (select tally_date, component, "
            + AggregateCells.regionSql("area") + " as region, demographic, "
            + AggregateCells.contiguousSql("citizenship") + " as contiguous_citizenship, encounter_count from "
            + rows + ") cell group by " + CELL_COLUMNS;
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TallyAppend appender;
    private final CommitClock commitClock;
    /** Whether the database is PostgreSQL, asked once: its faster paths (key lookups by arrays, no JIT for a pass). */
    private final boolean postgres;

    /** A ledger whose appends wait for its lock as long as the database's own lock timeout. */
    public JdbcTallyLedger(DataSource dataSource, CommitClock commitClock) {
        this(dataSource, commitClock, null);
    }

    /**
     * @param lockWait how long an append waits for the ledger's lock before it fails as {@link TallyLedger.Busy}
     *                 (null: as long as the database's own lock timeout)
     */
    public JdbcTallyLedger(DataSource dataSource, CommitClock commitClock, Duration lockWait) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.postgres = Postgres.runsOn(dataSource);
        this.appender = new TallyAppend(template, jdbc, commitClock, postgres, lockWait);
        this.commitClock = commitClock;
    }

    @Override
    public AppendResult append(List<Tally> tallies, String recordedBy, String source) {
        Objects.requireNonNull(tallies, "tallies");
        requireText(recordedBy, "recordedBy");
        requireText(source, "source");
        Transactions.requireActive("Appending tallies");
        return appender.append(tallies, recordedBy, source);
    }

    @Override
    public List<AppendResult> appendAll(List<Append> appends) {
        Objects.requireNonNull(appends, "appends");
        appends.forEach(a -> {
            requireText(a.recordedBy(), "recordedBy");
            requireText(a.source(), "source");
        });
        Transactions.requireActive("Appending tallies");
        return appender.appendAll(appends);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank() || value.length() > TallyAppend.MAX_TEXT) {
            throw new IllegalArgumentException(name + " must be 1 to " + TallyAppend.MAX_TEXT + " characters, was "
                + (value == null ? "nothing" : value.length() + " characters"));
        }
    }

    @Override
    public DailyAggregates aggregates(LocalDate from, LocalDate to) {
        TallyRows.AggregateCollector collector = new TallyRows.AggregateCollector();
        jdbc.sql("select " + AGGREGATE_COLUMNS + " from daily_aggregate where tally_date between :from and :to"
                + " order by tally_date")
            .param("from", from).param("to", to)
            .withFetchSize(FETCH_SIZE)
            .query(collector);
        return collector.aggregates();
    }

    @Override
    public DailyAggregates aggregates(Collection<LocalDate> days) {
        TallyRows.AggregateCollector collector = new TallyRows.AggregateCollector();
        for (List<LocalDate> chunk : chunks(days)) {
            jdbc.sql("select " + AGGREGATE_COLUMNS + " from daily_aggregate where tally_date in (:days)"
                    + " order by tally_date")
                .param("days", chunk)
                .query(collector);
        }
        return collector.aggregates();
    }

    /** The distinct days in ascending order, in chunks small enough for one IN list each. */
    static List<List<LocalDate>> chunks(Collection<LocalDate> days) {
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(days));
        List<List<LocalDate>> chunks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += DAYS_PER_QUERY) {
            chunks.add(sorted.subList(i, Math.min(sorted.size(), i + DAYS_PER_QUERY)));
        }
        return chunks;
    }

    @Override
    public DailyAggregates aggregatesKnownAt(LocalDate from, LocalDate to, Instant knownAt) {
        commitClock.settle(knownAt);
        // One pass over the revisions, as the nightly check makes, with no grouping of them by key (which costs three
        // to ten times as much over millions of revisions). The check proves every night that these changes sum to
        // the latest counts; rebuildAggregates sums the latest revisions instead, apart from the previous counts.
        Supplier<DailyAggregates> read = () -> summed(jdbc.sql(AggregateComparisonSql.summed(
                "tally_date between :from and :to and recorded_at <= :knownAt") + " order by tally_date")
            .param("knownAt", StoredInstants.toDatabase(knownAt)), from, to);
        // On PostgreSQL the driver prepares a statement on the server from its fifth run on a connection, and from
        // then on the planner may reuse a plan made without the parameters' values. For this read that plan walks the
        // day index on one core instead of the parallel pass it plans for the days asked: 2.4 s against 1.3 s over
        // 2.8 M revisions, for every status, timeline and comparison as known at an instant on that connection. So
        // the read is planned for its values every time, a few milliseconds, for the caller's transaction (outside
        // one, which no use case does, a setting would not outlast its own statement).
        return postgres && TransactionSynchronizationManager.isActualTransactionActive()
            ? Postgres.withSettings(jdbc, Map.of("plan_cache_mode", "force_custom_plan"), read)
            : read.get();
    }

    @Override
    public DailyAggregates rebuildAggregates(LocalDate from, LocalDate to) {
        return summed(jdbc.sql(sumPerCell(latestRevisions("tally_date between :from and :to", "latest"))
            + " order by tally_date"), from, to);
    }

    @Override
    public AggregateComparison compareAggregates() {
        TallyRows.AggregateCollector maintained = new TallyRows.AggregateCollector();
        TallyRows.AggregateCollector rebuilt = new TallyRows.AggregateCollector();
        int[] days = new int[2];
        if (postgres) {
            // The statement's estimated cost makes PostgreSQL compile it with full inlining and optimisation, which
            // takes longer than the pass it would speed up; until the transaction ends, it runs interpreted.
            jdbc.sql("set local jit = off").update();
        }
        jdbc.sql(AggregateComparisonSql.STATEMENT).query(rs -> {
            days[0] = rs.getInt("days_maintained");
            days[1] = rs.getInt("days_rebuilt");
            if (rs.getInt("day_differs") == 1) {
                maintained.processRow(rs, "maintained");
                rebuilt.processRow(rs, "rebuilt");
            }
        });
        return new AggregateComparison(days[0], days[1], maintained.aggregates(), rebuilt.aggregates());
    }

    @Override
    public BrokenChains brokenChains(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
        }
        List<Long> first = new ArrayList<>();
        long[] count = {0};
        jdbc.sql(AggregateComparisonSql.BROKEN_CHAINS).param("limit", limit).query(rs -> {
            first.add(rs.getLong("id"));
            count[0] = rs.getLong("broken");
        });
        return new BrokenChains(first, count[0]);
    }

    /**
     * The rows of a sum per day and cell, read whole rather than by a fetch size: a client that fetches a result in
     * parts keeps PostgreSQL from running the statement with parallel workers (it plans them and launches none), and
     * the rows, one per day and cell, are what the aggregates keep anyway.
     */
    private static DailyAggregates summed(JdbcClient.StatementSpec statement, LocalDate from, LocalDate to) {
        TallyRows.AggregateCollector collector = new TallyRows.AggregateCollector();
        statement.param("from", from).param("to", to).query(collector);
        return collector.aggregates();
    }

    @Override
    public int rebuildMaintainedAggregates() {
        Transactions.requireActive("Rebuilding the maintained aggregates");
        long version = appender.lock().version() + 1;
        jdbc.sql("delete from tally_latest").update();
        jdbc.sql("insert into tally_latest (" + KEY_COLUMNS + ", encounter_count, revision_id)"
                + " select " + KEY_COLUMNS + ", encounter_count, id from " + latestRevisions("1 = 1", "latest"))
            .update();
        jdbc.sql("delete from daily_aggregate").update();
        jdbc.sql("insert into daily_aggregate (" + AGGREGATE_COLUMNS + ", changed_version)"
                + " select " + AGGREGATE_COLUMNS + ", :version from (" + sumPerCell("tally_latest") + ") rebuilt")
            .param("version", version)
            .update();
        jdbc.sql("update tally_ledger set version = :version where id = 1").param("version", version).update();
        commitClock.changes().versionChanged();
        return jdbc.sql("select count(distinct tally_date) from daily_aggregate").query(Integer.class).single();
    }

    @Override
    public long version() {
        return commitClock.changes().current("tally_ledger",
            () -> jdbc.sql("select version from tally_ledger where id = 1").query(Long.class).single());
    }

    @Override
    public List<LocalDate> daysChangedSince(long version) {
        return jdbc.sql("select distinct tally_date from daily_aggregate where changed_version > :version"
                + " order by tally_date")
            .param("version", version)
            .query(LocalDate.class)
            .list();
    }

    @Override
    public Optional<LocalDate> newestDay() {
        return jdbc.sql("select tally_date from daily_aggregate order by tally_date desc limit 1")
            .query(LocalDate.class).optional();
    }

    @Override
    public List<TallyRevision> revisions(TallyQuery query) {
        Objects.requireNonNull(query.date(), "date");
        if (query.knownAt() != null) {
            commitClock.settle(query.knownAt());
        }
        String sql;
        if (query.history()) {
            sql = "select " + REVISION_COLUMNS + " from tally_revision r where " + filter("r.", query);
        } else if (query.knownAt() == null) {
            sql = "select " + REVISION_COLUMNS + " from tally_latest l join tally_revision r on r.id = l.revision_id"
                + " where " + filter("l.", query);
        } else {
            sql = "select " + REVISION_COLUMNS + " from " + latestRevisions(filter("", query), "r");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql + " order by r.id").param("date", query.date());
        if (query.area() != null) {
            statement = statement.param("area", query.area());
        }
        return StoredInstants.bindKnownAt(statement, query.knownAt()).query(TallyRows.REVISION).list();
    }

    private static String filter(String alias, TallyQuery query) {
        return alias + "tally_date = :date" + (query.area() == null ? "" : " and " + alias + "area = :area")
            + StoredInstants.upToKnownAt(alias + "recorded_at", query.knownAt());
    }
}
