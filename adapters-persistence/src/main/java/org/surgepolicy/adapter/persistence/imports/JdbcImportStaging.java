package org.surgepolicy.adapter.persistence.imports;

import static org.surgepolicy.adapter.persistence.imports.ImportRows.MAX_RAW;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.MAX_REASON;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.cut;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CopyText;
import org.surgepolicy.adapter.persistence.LockTimeouts;
import org.surgepolicy.adapter.persistence.Postgres;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.StatisticsFormat;
import org.surgepolicy.domain.imports.TallyFormat;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * An import's lines in JDBC: each chunk staged in its transaction with the mark of the last line it staged, so that a
 * line already staged is skipped; the daily rows through COPY on PostgreSQL and by batch inserts elsewhere; and the
 * duplicate keys of a file found and rejected in two set-based statements.
 */
public final class JdbcImportStaging implements ImportStaging {

    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 2_000;
    /** The bytes of COPY text sent at once: within {@link CopyText}'s first buffer, with room for a longest row. */
    private static final int COPY_PIECE = 32 * 1024;

    private static final String TALLY_KEY = "tally_date, component, area, demographic, citizenship, encounter_type";
    private static final String STATISTIC_KEY = "dataset, statistic_month, component, area, demographic, citizenship,"
        + " title_of_authority, encounter_type";

    /**
     * Where a destination's rows are staged, the columns of their key (the one that differs most often first, which
     * makes a sort by them find equal keys sooner) with the one among them that is a date, and their names in a
     * reject's reason.
     */
    private record StagedRows(String table, List<String> key, String dateColumn, String words) {

        /**
         * The key as a partition of equal keys. Byte by byte (collation "C", PostgreSQL), text finds the same equal
         * keys as under the database's own deterministic collation, without a locale comparison per pair.
         */
        String partition(boolean bytewise) {
            return key.stream().map(column -> bytewise && !column.equals(dateColumn) ? column + " collate \"C\""
                : column).collect(Collectors.joining(", "));
        }
    }

    private static final StagedRows TALLIES = new StagedRows("import_staged_tally", List.of("citizenship",
        "tally_date", "area", "demographic", "encounter_type", "component"), "tally_date",
        "date, component, area, demographic, citizenship, encounter_type");
    private static final StagedRows STATISTICS = new StagedRows("import_staged_statistic", List.of("citizenship",
        "statistic_month", "area", "demographic", "encounter_type", "title_of_authority", "component", "dataset"),
        "statistic_month", "month, component, area, demographic, citizenship, title of authority, encounter type");

    private final DataSource dataSource;
    /** Whether the database is PostgreSQL: the daily rows staged through COPY, equal keys found by their bytes. */
    private final boolean postgres;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final ImportRows rows;

    public JdbcImportStaging(DataSource dataSource, ImportFormats formats) {
        this.dataSource = dataSource;
        this.postgres = Postgres.runsOn(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.rows = new ImportRows(formats);
    }

    @Override
    public void stage(long id, List<ImportLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // The import's row stays locked until the chunk commits, with the mark of how far it got: a chunk read again
        // (after a restart that did not see the last chunk's commit) finds its lines staged already and skips them.
        long stagedThrough = LockTimeouts.locking("The import's row lock", () -> jdbc.sql(
                "select staged_through from import_run where id = :id for update")
            .param("id", id).query(Long.class).single());
        List<ImportLine.TallyLine> tallies = new ArrayList<>(lines.size());
        List<ImportLine.StatisticLine> statistics = new ArrayList<>();
        List<ImportLine.Rejected> rejects = new ArrayList<>();
        long last = stagedThrough;
        for (ImportLine line : lines) {
            if (line.lineNumber() <= stagedThrough) {
                continue;
            }
            last = Math.max(last, line.lineNumber());
            switch (line) {
                case ImportLine.TallyLine tally -> tallies.add(tally);
                case ImportLine.StatisticLine statistic -> statistics.add(statistic);
                case ImportLine.Rejected rejected -> rejects.add(rejected);
            }
        }
        if (postgres) {
            copyTallies(id, tallies);
        } else {
            insertTallies(id, tallies);
        }
        template.batchUpdate("insert into import_staged_statistic (import_id, line_number, " + STATISTIC_KEY
                + ", encounter_count, raw) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            statistics, BATCH_SIZE, (ps, line) -> {
                Statistic s = line.statistic();
                ps.setLong(1, id);
                ps.setLong(2, line.lineNumber());
                ps.setString(3, s.dataset().name());
                ps.setObject(4, s.month().atDay(1));
                ps.setString(5, s.component().name());
                ps.setString(6, s.area() == null ? null : s.area().value());
                ps.setString(7, s.demographic().name());
                ps.setString(8, s.citizenship().name());
                ps.setString(9, s.title().name());
                ps.setString(10, s.encounterType().name());
                ps.setLong(11, s.count());
                ps.setString(12, cut(line.raw(), MAX_RAW));
            });
        template.batchUpdate("insert into import_reject (import_id, line_number, reason, raw) values (?, ?, ?, ?)",
            rejects, BATCH_SIZE, (ps, line) -> {
                ps.setLong(1, id);
                ps.setLong(2, line.lineNumber());
                ps.setString(3, cut(line.reason(), MAX_REASON));
                ps.setString(4, cut(line.raw(), MAX_RAW));
            });
        jdbc.sql("update import_run set lines_read = lines_read + :lines, staged_through = :last where id = :id")
            .param("lines", lines.size()).param("last", last).param("id", id).update();
    }

    /**
     * The daily rows through PostgreSQL's COPY: one stream per chunk, on the chunk's transaction, sent in pieces of
     * about {@link #COPY_PIECE} bytes as they are encoded (the server inserts one while the next is made, and the
     * buffer stays far below the size the JVM allocates apart, as a chunk's whole text would not).
     */
    private void copyTallies(long id, List<ImportLine.TallyLine> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        Postgres.copyIn(dataSource, "copy import_staged_tally (import_id, line_number, " + TALLY_KEY
            + ", encounter_count, raw) from stdin", sink -> {
                CopyText rows = new CopyText();
                for (ImportLine.TallyLine line : tallies) {
                    TallyKey key = line.tally().key();
                    rows.number(id).number(line.lineNumber()).date(key.date()).text(key.component().name())
                        .text(key.area().value()).text(key.demographic().name()).text(key.citizenship().name())
                        .text(key.encounterType().name()).number(line.tally().count()).text(cut(line.raw(), MAX_RAW))
                        .endRow();
                    if (rows.length() >= COPY_PIECE) {
                        sink.write(rows.bytes(), rows.length());
                        rows.clear();
                    }
                }
                if (rows.length() > 0) {
                    sink.write(rows.bytes(), rows.length());
                }
            });
    }

    /** The daily rows by batch inserts, on a database without COPY. */
    private void insertTallies(long id, List<ImportLine.TallyLine> tallies) {
        template.batchUpdate("insert into import_staged_tally (import_id, line_number, " + TALLY_KEY
                + ", encounter_count, raw) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tallies, BATCH_SIZE, (ps, line) -> {
                TallyKey key = line.tally().key();
                ps.setLong(1, id);
                ps.setLong(2, line.lineNumber());
                ps.setObject(3, key.date());
                ps.setString(4, key.component().name());
                ps.setString(5, key.area().value());
                ps.setString(6, key.demographic().name());
                ps.setString(7, key.citizenship().name());
                ps.setString(8, key.encounterType().name());
                ps.setLong(9, line.tally().count());
                ps.setString(10, cut(line.raw(), MAX_RAW));
            });
    }

    @Override
    public long rejectDuplicateKeys(long id, ImportFormat format) {
        StagedRows staged = switch (format) {
            case TallyFormat _ -> TALLIES;
            case StatisticsFormat _ -> STATISTICS;
        };
        String table = staged.table();
        // One pass that numbers nothing and joins nothing: each row beside the first line of its key (a partition
        // holds the rows whose keys are equal, a null area equal to a null area), so that a database without an
        // index on the staged rows (they have none) still reads them once.
        long rejected = jdbc.sql("insert into import_reject (import_id, line_number, reason, raw)"
                + " select import_id, line_number, 'the same key (" + staged.words() + ") as line '"
                + " || cast(first_line as varchar(20)), raw from (select import_id, line_number, raw,"
                + " min(line_number) over (partition by " + staged.partition(postgres)
                + ") as first_line from " + table
                + " where import_id = :id) s where line_number > first_line on conflict do nothing")
            .param("id", id).update();
        if (rejected > 0) {
            jdbc.sql("delete from " + table + " s where s.import_id = :id and exists (select 1 from import_reject r"
                    + " where r.import_id = s.import_id and r.line_number = s.line_number)")
                .param("id", id).update();
        }
        return rejected;
    }

    @Override
    public ImportRun count(long id) {
        jdbc.sql("update import_run set rows_rejected = (select count(*) from import_reject where import_id = :id),"
                + " rows_staged = (select count(*) from import_staged_tally where import_id = :id)"
                + " + (select count(*) from import_staged_statistic where import_id = :id) where id = :id")
            .param("id", id).update();
        return rows.find(jdbc, id).orElseThrow();
    }

    @Override
    public void recordPublished(long id, long revised, long unchanged) {
        jdbc.sql("update import_run set rows_revised = :revised, rows_unchanged = :unchanged where id = :id")
            .param("revised", revised).param("unchanged", unchanged).param("id", id).update();
    }

    @Override
    public void discardStaged(long id) {
        jdbc.sql("delete from import_staged_tally where import_id = :id").param("id", id).update();
        jdbc.sql("delete from import_staged_statistic where import_id = :id").param("id", id).update();
    }

    @Override
    public void forEachReject(long id, Consumer<ImportLine.Rejected> reject) {
        jdbc.sql("select line_number, reason, raw from import_reject where import_id = :id order by line_number")
            .param("id", id)
            .withFetchSize(FETCH_SIZE)
            .query(rs -> {
                reject.accept(new ImportLine.Rejected(rs.getLong(1), rs.getString(2), rs.getString(3)));
            });
    }
}
