package org.surgepolicy.adapter.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.application.port.out.ImportFormat;
import org.surgepolicy.application.port.out.ImportLine;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStatus;
import org.surgepolicy.application.port.out.ImportStore;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallySource;

/**
 * The imports in JDBC: the import_run records, staging by batch inserts that skip a line already staged, and the
 * duplicate keys of a file found and rejected in two set-based statements.
 */
public final class JdbcImportStore implements ImportStore {

    /** The longest reason, raw line, file name and source a row keeps; longer ones are cut. */
    static final int MAX_RAW = 4_000;
    private static final int MAX_REASON = 2_000;
    private static final int MAX_NAME = 500;
    private static final int BATCH_SIZE = 1_000;
    private static final int FETCH_SIZE = 2_000;

    private static final String COLUMNS = "id, format, file_name, stored_file, checksum, size_bytes, status,"
        + " max_rejects, source, created_at, created_by, finished_at, job_execution_id, lines_read, rows_staged,"
        + " rows_rejected, rows_revised, rows_unchanged, message, node_id, attempt, queued_at";

    private static final RowMapper<ImportRun> RUN = JdbcImportStore::readRun;

    private static final String TALLY_KEY = "tally_date, component, area, demographic, citizenship, encounter_type";
    private static final String STATISTIC_KEY = "dataset, statistic_month, component, area, demographic, citizenship,"
        + " title_of_authority, encounter_type";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    public JdbcImportStore(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
    }

    @Override
    public Created create(NewImport newImport) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into import_run (format, file_name, stored_file, checksum, size_bytes, active_checksum,"
                    + " status, max_rejects, source, created_at, created_by, node_id, queued_at)"
                    + " values (:format, :fileName, :storedFile, :checksum, :size, :checksum, :status, :maxRejects,"
                    + " :source, :createdAt, :createdBy, :node, :createdAt)")
                .param("format", newImport.format().name())
                .param("fileName", cut(newImport.fileName(), MAX_NAME))
                .param("storedFile", newImport.file().location())
                .param("checksum", newImport.file().sha256())
                .param("size", newImport.file().sizeBytes())
                .param("status", ImportStatus.QUEUED.name())
                .param("maxRejects", newImport.maxRejects())
                .param("source", newImport.source() != null ? cut(newImport.source(), TallySource.MAX_LENGTH) : "import")
                .param("createdAt", StoredInstants.toDatabase(newImport.createdAt()))
                .param("createdBy", newImport.createdBy())
                .param("node", newImport.node(), Types.VARCHAR)
                .update(key, "id");
        } catch (DuplicateKeyException e) {
            return new AlreadyActive(jdbc.sql("select " + COLUMNS + " from import_run where active_checksum = :checksum")
                .param("checksum", newImport.file().sha256()).query(RUN).optional()
                .orElseThrow(() -> e));
        }
        long id = key.getKeyAs(Number.class).longValue();
        if (newImport.source() == null) {
            String name = newImport.fileName() == null || newImport.fileName().isBlank() ? ""
                : " " + newImport.fileName();
            jdbc.sql("update import_run set source = :source where id = :id")
                .param("source", cut("import-" + id + name, TallySource.MAX_LENGTH)).param("id", id).update();
        }
        return new Queued(find(id).orElseThrow());
    }

    @Override
    public Optional<ImportRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_run where id = :id").param("id", id).query(RUN).optional();
    }

    @Override
    public List<ImportRun> active() {
        return jdbc.sql("select " + COLUMNS + " from import_run where status in ('QUEUED', 'RUNNING') order by id")
            .query(RUN).list();
    }

    @Override
    public Optional<ImportRun> latestBySource(String source) {
        return jdbc.sql("select " + COLUMNS + " from import_run where source = :source order by id desc limit 1")
            .param("source", source).query(RUN).optional();
    }

    @Override
    public boolean markRunning(long id, long jobExecutionId) {
        try {
            jdbc.sql("update import_run set status = :status, active_checksum = checksum, message = null,"
                    + " finished_at = null, job_execution_id = :execution where id = :id")
                .param("status", ImportStatus.RUNNING.name()).param("execution", jobExecutionId).param("id", id)
                .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Requeue requeue(long id, ImportStatus seenStatus, long seenAttempt, String node, Instant queuedAt) {
        try {
            int updated = jdbc.sql("update import_run set status = :queued, active_checksum = checksum, message = null,"
                    + " finished_at = null, node_id = :node, queued_at = :at, attempt = attempt + 1"
                    + " where id = :id and status = :seen and attempt = :attempt")
                .param("queued", ImportStatus.QUEUED.name()).param("node", node).param("id", id)
                .param("at", StoredInstants.toDatabase(queuedAt))
                .param("seen", seenStatus.name()).param("attempt", seenAttempt).update();
            return updated == 1 ? Requeue.REQUEUED : Requeue.MOVED;
        } catch (DuplicateKeyException e) {
            return Requeue.SAME_FILE_ACTIVE;
        }
    }

    @Override
    public boolean failAttempt(long id, long seenAttempt, String message, Instant finishedAt) {
        return jdbc.sql("update import_run set status = :failed, message = :message, finished_at = :at,"
                + " active_checksum = null where id = :id and attempt = :attempt and status in ('QUEUED', 'RUNNING')")
            .param("failed", ImportStatus.FAILED.name()).param("message", cut(message, MAX_REASON))
            .param("at", StoredInstants.toDatabase(finishedAt)).param("id", id).param("attempt", seenAttempt)
            .update() == 1;
    }

    @Override
    public void markWaiting(long id, long seenAttempt, String message) {
        jdbc.sql("update import_run set message = :message where id = :id and attempt = :attempt and status = 'QUEUED'")
            .param("message", cut(message, MAX_REASON)).param("id", id).param("attempt", seenAttempt).update();
    }

    @Override
    public void finish(long id, ImportStatus status, String message, Instant finishedAt) {
        jdbc.sql("update import_run set status = :status, message = :message, finished_at = :at,"
                + " active_checksum = null where id = :id")
            .param("status", status.name()).param("message", cut(message, MAX_REASON))
            .param("at", StoredInstants.toDatabase(finishedAt)).param("id", id).update();
    }

    @Override
    public void stage(long id, List<ImportLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<ImportLine.TallyLine> tallies = lines.stream().filter(ImportLine.TallyLine.class::isInstance)
            .map(ImportLine.TallyLine.class::cast).toList();
        List<ImportLine.StatisticLine> statistics = lines.stream().filter(ImportLine.StatisticLine.class::isInstance)
            .map(ImportLine.StatisticLine.class::cast).toList();
        List<ImportLine.Rejected> rejects = lines.stream().filter(ImportLine.Rejected.class::isInstance)
            .map(ImportLine.Rejected.class::cast).toList();
        template.batchUpdate("insert into import_staged_tally (import_id, line_number, " + TALLY_KEY
                + ", encounter_count, raw) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
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
        template.batchUpdate("insert into import_staged_statistic (import_id, line_number, " + STATISTIC_KEY
                + ", encounter_count, raw) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
            statistics, BATCH_SIZE, (ps, line) -> {
                PublishedStatistics.Statistic s = line.statistic();
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
        template.batchUpdate("insert into import_reject (import_id, line_number, reason, raw) values (?, ?, ?, ?)"
                + " on conflict do nothing",
            rejects, BATCH_SIZE, (ps, line) -> {
                ps.setLong(1, id);
                ps.setLong(2, line.lineNumber());
                ps.setString(3, cut(line.reason(), MAX_REASON));
                ps.setString(4, cut(line.raw(), MAX_RAW));
            });
        jdbc.sql("update import_run set lines_read = lines_read + :lines where id = :id")
            .param("lines", lines.size()).param("id", id).update();
    }

    @Override
    public long rejectDuplicateKeys(long id, ImportFormat format) {
        String table = format.daily() ? "import_staged_tally" : "import_staged_statistic";
        String key = format.daily() ? TALLY_KEY : STATISTIC_KEY;
        String columns = format.daily() ? "date, component, area, demographic, citizenship, encounter_type"
            : "month, component, area, demographic, citizenship, title of authority, encounter type";
        StringBuilder same = new StringBuilder();
        for (String column : key.split(", ")) {
            // Only the statistics' area may be null; plain equality elsewhere lets the database hash-join.
            String equal = column.equals("area") && !format.daily() ? " is not distinct from " : " = ";
            same.append(" and s.").append(column).append(equal).append("f.").append(column);
        }
        long rejected = jdbc.sql("insert into import_reject (import_id, line_number, reason, raw)"
                + " select s.import_id, s.line_number, 'the same key (" + columns + ") as line '"
                + " || cast(f.first_line as varchar(20)), s.raw from " + table + " s join (select " + key
                + ", min(line_number) as first_line from " + table + " where import_id = :id group by " + key
                + " having count(*) > 1) f on s.line_number > f.first_line" + same
                + " where s.import_id = :id on conflict do nothing")
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
        return find(id).orElseThrow();
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

    private static ImportRun readRun(ResultSet rs, int row) throws SQLException {
        long execution = rs.getLong(13);
        Long jobExecutionId = rs.wasNull() ? null : execution;
        return new ImportRun(rs.getLong(1), ImportFormat.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getLong(6), ImportStatus.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9),
            StoredInstants.fromDatabase(rs.getObject(10, OffsetDateTime.class)), rs.getString(11),
            StoredInstants.fromDatabase(rs.getObject(12, OffsetDateTime.class)), jobExecutionId, rs.getLong(14),
            rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18), rs.getString(19), rs.getString(20),
            rs.getLong(21), StoredInstants.fromDatabase(rs.getObject(22, OffsetDateTime.class)));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
