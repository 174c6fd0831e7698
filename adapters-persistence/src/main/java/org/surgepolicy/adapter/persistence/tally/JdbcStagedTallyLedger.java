package org.surgepolicy.adapter.persistence.tally;

import static org.surgepolicy.adapter.persistence.tally.TallyRows.CELL_COLUMNS;
import static org.surgepolicy.adapter.persistence.tally.TallyRows.KEY_COLUMNS;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CommitClock;
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
 * order into import_ledger_change, and from there become latest counts and cell deltas at once, and revisions with the
 * commit stamp just before the transaction commits, as {@link TallyAppend} makes them for a submission. The staged
 * ledger's contract test checks it against {@link LedgerAppend} on random files.
 */
public final class JdbcStagedTallyLedger implements StagedTallyLedger {

    private static final String KEY_MATCH = "l.tally_date = s.tally_date and l.component = s.component"
        + " and l.area = s.area and l.demographic = s.demographic and l.citizenship = s.citizenship"
        + " and l.encounter_type = s.encounter_type";

    private final JdbcClient jdbc;
    private final TallyAppend appender;
    private final CommitClock commitClock;

    public JdbcStagedTallyLedger(DataSource dataSource, CommitClock commitClock) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.appender = new TallyAppend(template, jdbc, commitClock);
        this.commitClock = commitClock;
    }

    @Override
    public AppendResult publish(long importId, String recordedBy, String source) {
        Transactions.requireActive("Publishing staged tallies");
        TallyAppend.LedgerState state = appender.lock();
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
        return new AppendResult(added, changed - added, Math.toIntExact(staged - changed));
    }
}
