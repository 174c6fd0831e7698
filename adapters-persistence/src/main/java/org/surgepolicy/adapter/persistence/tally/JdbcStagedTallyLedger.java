package org.surgepolicy.adapter.persistence.tally;

import static org.surgepolicy.adapter.persistence.tally.TallyRows.CELL_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.KEY_COLUMNS;

import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.Postgres;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.application.imports.port.out.StagedTallyLedger;
import org.surgepolicy.application.tally.port.out.TallyLedger.AppendResult;
import org.surgepolicy.domain.tally.LedgerAppend;

/**
 * Publishes an import's staged rows (import_staged_tally) into the ledger with a handful of set-based statements, so
 * that a file of millions of rows never passes through Java. It applies the ledger's one append rule,
 * {@link LedgerAppend}, to rows whose keys are distinct (an import rejects a repeated key before it publishes): under
 * the ledger's lock, the rows whose count differs from their key's latest, or whose key is new, are numbered in line
 * order and become latest counts and cell deltas, and revisions with the commit stamp just before the transaction
 * commits, as {@link TallyAppend} makes them for a submission; the staged rows go as they are published. On
 * PostgreSQL each changed row is written once into each table; elsewhere the changes pass through
 * import_ledger_change. The staged ledger's contract test checks both against {@link LedgerAppend} on random files.
 */
public final class JdbcStagedTallyLedger implements StagedTallyLedger {

    private static final String KEY_MATCH = "l.tally_date = s.tally_date and l.component = s.component"
        + " and l.area = s.area and l.demographic = s.demographic and l.citizenship = s.citizenship"
        + " and l.encounter_type = s.encounter_type";

    private final JdbcClient jdbc;
    /** Whether the publish is the one pass that PostgreSQL can run, or goes through import_ledger_change. */
    private final boolean onePass;
    private final TallyAppend appender;
    private final CommitClock commitClock;

    public JdbcStagedTallyLedger(DataSource dataSource, CommitClock commitClock) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.onePass = Postgres.runsOn(dataSource);
        // The publish waits for the ledger's lock as long as the database allows: behind another import's publish.
        this.appender = new TallyAppend(template, jdbc, commitClock, onePass, null);
        this.commitClock = commitClock;
    }

    @Override
    public AppendResult publish(long importId, String recordedBy, String source) {
        Transactions.requireActive("Publishing staged tallies");
        TallyAppend.LedgerState state = appender.lock();
        return onePass
            ? publishInOnePass(importId, recordedBy, source, state)
            : publishThroughChanges(importId, recordedBy, source, state);
    }

    /**
     * PostgreSQL: the cell deltas now (the determinations that follow in the transaction read them), then, with the
     * commit stamp, one statement that takes the staged rows out and writes each changed one once as a revision and
     * once as its key's latest count. Both compare the staged rows with the same latest counts: nothing else moves
     * them while the ledger's lock is held.
     */
    private AppendResult publishInOnePass(long importId, String recordedBy, String source,
                                          TallyAppend.LedgerState state) {
        long version = state.version() + 1;
        String sameCell = " a.tally_date = d.tally_date and a.component = d.component and a.region = d.region"
            + " and a.demographic = d.demographic and a.contiguous_citizenship = d.contiguous_citizenship";
        // A cell that has no row yet gets one (a new key, even with a count of zero, makes its day reported); a cell
        // whose total does not move keeps its changed_version, as after a submission. Nothing else writes the cells
        // while the ledger's lock is held, so "not there yet" read in the statement's snapshot holds at its end.
        Counts counts = byLookups(() -> jdbc.sql("with joined as (select s.tally_date, s.component, s.area,"
                + " s.demographic, s.citizenship, s.encounter_count - coalesce(l.encounter_count, 0) as delta,"
                + " l.encounter_count as old_count,"
                + " (l.encounter_count is null or l.encounter_count <> s.encounter_count) as changes"
                + " from import_staged_tally s left join tally_latest l on " + KEY_MATCH + " where s.import_id = :id),"
                + " deltas as (select " + CELL_COLUMNS + ", sum(delta) as delta from (select tally_date, component, "
                + AggregateCells.regionSql("area") + " as region, demographic, "
                + AggregateCells.contiguousSql("citizenship") + " as contiguous_citizenship, delta from joined"
                + " where changes) c group by " + CELL_COLUMNS + "),"
                + " moved as (update daily_aggregate a set total = a.total + d.delta, changed_version = :version"
                + " from deltas d where" + sameCell + " and d.delta <> 0),"
                + " added as (insert into daily_aggregate (" + CELL_COLUMNS + ", total, changed_version)"
                + " select " + CELL_COLUMNS + ", delta, :version from deltas d where not exists (select 1"
                + " from daily_aggregate a where" + sameCell + "))"
                + " select count(*), count(*) filter (where changes), count(old_count) filter (where changes)"
                + " from joined")
            .param("id", importId).param("version", version)
            .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
        if (counts.changed() == 0) {
            jdbc.sql("delete from import_staged_tally where import_id = :id").param("id", importId).update();
            return new AppendResult(0, 0, Math.toIntExact(counts.staged()));
        }
        jdbc.sql("update tally_ledger set version = :version, last_revision_id = :last where id = 1")
            .param("version", version).param("last", state.lastRevisionId() + counts.changed()).update();
        commitClock.changes().versionChanged();
        // A new key's latest count is a plain insert and a known key's an update of the row version the comparison
        // read, found by its address (ctid) rather than by a second join on the key: nothing else writes tally_latest
        // under the ledger's lock, so that version is still the key's; the counts below check it all the same. The
        // staged rows are read as the statement's snapshot has them, while the same statement takes them out.
        commitClock.atCommit(at -> {
            Written written = byLookups(() -> jdbc.sql("with gone as (delete from import_staged_tally"
                    + " where import_id = :id),"
                    + " changed as (select :base + row_number() over (order by s.line_number) as revision_id,"
                    + " s.tally_date, s.component, s.area, s.demographic, s.citizenship, s.encounter_type,"
                    + " s.encounter_count, l.encounter_count as previous_count, l.ctid as latest"
                    + " from import_staged_tally s left join tally_latest l on " + KEY_MATCH + " where s.import_id = :id"
                    + " and (l.encounter_count is null or l.encounter_count <> s.encounter_count)),"
                    + " revised as (update tally_latest l set encounter_count = c.encounter_count,"
                    + " revision_id = c.revision_id from changed c where c.latest is not null and l.ctid = c.latest"
                    + " returning 1),"
                    + " added as (insert into tally_latest (" + KEY_COLUMNS + ", encounter_count, revision_id)"
                    + " select " + KEY_COLUMNS + ", encounter_count, revision_id from changed where latest is null"
                    + " returning 1),"
                    + " recorded as (insert into tally_revision (id, " + KEY_COLUMNS + ", encounter_count,"
                    + " previous_count, recorded_at, recorded_by, source) select revision_id, " + KEY_COLUMNS
                    + ", encounter_count, previous_count, :at, :by, :source from changed returning 1)"
                    + " select (select count(*) from revised), (select count(*) from added),"
                    + " (select count(*) from recorded)")
                .param("id", importId).param("base", state.lastRevisionId())
                .param("at", StoredInstants.toDatabase(at)).param("by", recordedBy).param("source", source)
                .query((rs, row) -> new Written(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single());
            Written expected = new Written(counts.revised(), counts.changed() - counts.revised(), counts.changed());
            if (!written.equals(expected)) {
                throw new IllegalStateException("The publish of import " + importId + " wrote " + written
                    + " where the ledger's latest counts called for " + expected
                    + ": tally_latest changed while the ledger's lock was held; nothing is published");
            }
        });
        long added = counts.changed() - counts.revised();
        return new AppendResult(Math.toIntExact(added), Math.toIntExact(counts.revised()),
            Math.toIntExact(counts.staged() - counts.changed()));
    }

    /**
     * Runs one of the publish's statements with its joins made by lookups (index and row-address lookups, nested
     * loops) rather than by hashing or merging whole tables, then gives the planner its settings back for the rest of
     * the transaction. The planner's choice otherwise depends on whether the staged rows were analysed, which the
     * autovacuum does or does not do while a file is staged: a million staged revisions of a five-million-key ledger,
     * analysed, made it hash or sort all five million latest counts (twice) instead of looking up a million of them,
     * and the publish took 23.9 to 26.0 s against 19.1 to 19.7 s. A file's keys are most often a small part of the
     * ledger, and then looking up only those keys reads the least; new keys into an empty ledger cost the same either
     * way (11.4 to 11.5 s against 11.4 to 11.9 s for a million).
     */
    private <T> T byLookups(Supplier<T> statement) {
        return Postgres.withSettings(jdbc, Map.of("enable_hashjoin", "off", "enable_mergejoin", "off"), statement);
    }

    /** How many rows were staged, how many of them change the ledger, and how many of those revise a key. */
    private record Counts(long staged, long changed, long revised) {
    }

    /** What the commit statement wrote: the latest counts updated and inserted, and the revisions. */
    private record Written(long latestUpdated, long latestInserted, long revisions) {
    }

    /**
     * Elsewhere (H2, which has neither data-modifying common table expressions nor COPY): the changed rows numbered
     * into import_ledger_change, and from there into each table.
     */
    private AppendResult publishThroughChanges(long importId, String recordedBy, String source,
                                               TallyAppend.LedgerState state) {
        long staged = jdbc.sql("select count(*) from import_staged_tally where import_id = :id")
            .param("id", importId).query(Long.class).single();
        int changed = jdbc.sql("insert into import_ledger_change (import_id, revision_id, " + KEY_COLUMNS
                + ", new_count, old_count) select :id, :base + row_number() over (order by s.line_number), s.tally_date,"
                + " s.component, s.area, s.demographic, s.citizenship, s.encounter_type, s.encounter_count,"
                + " l.encounter_count from import_staged_tally s left join tally_latest l on " + KEY_MATCH
                + " where s.import_id = :id and (l.encounter_count is null or l.encounter_count <> s.encounter_count)")
            .param("id", importId).param("base", state.lastRevisionId())
            .update();
        if (changed == 0) {
            discardStaged(importId);
            return new AppendResult(0, 0, Math.toIntExact(staged));
        }
        int added = jdbc.sql("select count(*) from import_ledger_change where import_id = :id and old_count is null")
            .param("id", importId).query(Integer.class).single();
        long version = state.version() + 1;
        jdbc.sql("merge into tally_latest l using (select " + KEY_COLUMNS + ", new_count, revision_id"
                + " from import_ledger_change where import_id = :id) s on (" + KEY_MATCH + ")"
                + " when matched then update set encounter_count = s.new_count, revision_id = s.revision_id"
                + " when not matched then insert (" + KEY_COLUMNS + ", encounter_count, revision_id)"
                + " values (s.tally_date, s.component, s.area, s.demographic, s.citizenship, s.encounter_type,"
                + " s.new_count, s.revision_id)")
            .param("id", importId).update();
        // A cell that has no row yet gets one (a new key, even with a count of zero, makes its day reported); a cell
        // whose total does not move keeps its changed_version, as after a submission.
        jdbc.sql("merge into daily_aggregate a using (select " + CELL_COLUMNS + ", sum(delta) as delta from ("
                + "select tally_date, component, " + AggregateCells.regionSql("area") + " as region, demographic, "
                + AggregateCells.contiguousSql("citizenship") + " as contiguous_citizenship,"
                + " new_count - coalesce(old_count, 0) as delta from import_ledger_change where import_id = :id) c"
                + " group by " + CELL_COLUMNS + ") d on (a.tally_date = d.tally_date and a.component = d.component"
                + " and a.region = d.region and a.demographic = d.demographic"
                + " and a.contiguous_citizenship = d.contiguous_citizenship)"
                + " when matched and d.delta <> 0 then update set total = a.total + d.delta, changed_version = :version"
                + " when not matched then insert (" + CELL_COLUMNS + ", total, changed_version)"
                + " values (d.tally_date, d.component, d.region, d.demographic, d.contiguous_citizenship, d.delta,"
                + " :version)")
            .param("id", importId).param("version", version).update();
        jdbc.sql("update tally_ledger set version = :version, last_revision_id = :last where id = 1")
            .param("version", version).param("last", state.lastRevisionId() + changed).update();
        commitClock.changes().versionChanged();
        // The revisions are written last, with the commit stamp: one pass over the changed rows, under the commit
        // clock's lock only for as long as that pass takes.
        commitClock.atCommit(at -> {
            jdbc.sql("insert into tally_revision (id, " + KEY_COLUMNS + ", encounter_count, previous_count,"
                    + " recorded_at, recorded_by, source) select revision_id, " + KEY_COLUMNS + ", new_count, old_count,"
                    + " :at, :by, :source"
                    + " from import_ledger_change where import_id = :id")
                .param("at", StoredInstants.toDatabase(at)).param("by", recordedBy).param("source", source)
                .param("id", importId).update();
            jdbc.sql("delete from import_ledger_change where import_id = :id").param("id", importId).update();
        });
        discardStaged(importId);
        return new AppendResult(added, changed - added, Math.toIntExact(staged - changed));
    }

    private void discardStaged(long importId) {
        jdbc.sql("delete from import_staged_tally where import_id = :id").param("id", importId).update();
    }
}
