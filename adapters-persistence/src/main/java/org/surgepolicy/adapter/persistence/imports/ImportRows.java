package org.surgepolicy.adapter.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The import_run rows: their columns, how a row reads as an {@link ImportRun}, and the values its format and status
 * columns hold (a format's code in capitals with "_" for "-", such as {@code CBP_MONTHLY}; a state's name).
 */
final class ImportRows {

    /** The longest reason, raw line, file name and source a row keeps; longer ones are cut. */
    static final int MAX_RAW = 4_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_NAME = 500;
    static final int MAX_SOURCE = 200;

    static final String COLUMNS = "id, format, file_name, stored_file, checksum, size_bytes, status,"
        + " max_rejects, source, created_at, created_by, finished_at, job_execution_id, lines_read, rows_staged,"
        + " rows_rejected, rows_revised, rows_unchanged, message, node_id, attempt, queued_at";

    private final ImportFormats formats;
    private final RowMapper<ImportRun> run = this::readRun;

    ImportRows(ImportFormats formats) {
        this.formats = formats;
    }

    /** The import with this id, if any. */
    Optional<ImportRun> find(JdbcClient jdbc, long id) {
        return jdbc.sql("select " + COLUMNS + " from import_run where id = :id").param("id", id).query(run).optional();
    }

    RowMapper<ImportRun> mapper() {
        return run;
    }

    /** What the format column holds for a format. */
    static String format(ImportFormat format) {
        return format.code().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** What the status column holds for a state. */
    static String status(ImportState state) {
        return state.status().name();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private ImportRun readRun(ResultSet rs, int row) throws SQLException {
        long execution = rs.getLong(13);
        Long jobExecutionId = rs.wasNull() ? null : execution;
        long id = rs.getLong(1);
        String format = rs.getString(2);
        ImportState state = ImportState.of(ImportStatus.valueOf(rs.getString(7)), rs.getString(19),
            StoredInstants.fromDatabase(rs.getObject(12, OffsetDateTime.class)));
        return new ImportRun(id, formats.all().stream().filter(f -> format(f).equals(format)).findFirst()
                .orElseThrow(() -> new IllegalStateException("import " + id + " has the format " + format
                    + ", which this service does not know; it knows " + formats.codes())),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), state, rs.getLong(8), rs.getString(9),
            StoredInstants.fromDatabase(rs.getObject(10, OffsetDateTime.class)), rs.getString(11), jobExecutionId,
            rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18), rs.getString(20),
            rs.getLong(21), StoredInstants.fromDatabase(rs.getObject(22, OffsetDateTime.class)));
    }
}
