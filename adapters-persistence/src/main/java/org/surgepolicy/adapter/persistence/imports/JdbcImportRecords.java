package org.surgepolicy.adapter.persistence.imports;

import static org.surgepolicy.adapter.persistence.imports.ImportRows.COLUMNS;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.MAX_NAME;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.MAX_SOURCE;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.cut;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The import_run records in JDBC. A file is under way at most once: its checksum is held in the unique
 * active_checksum column while its import is queued or running.
 */
public final class JdbcImportRecords implements ImportRecords {

    private final JdbcClient jdbc;
    private final ImportRows rows;

    public JdbcImportRecords(DataSource dataSource, ImportFormats formats) {
        this.jdbc = JdbcClient.create(dataSource);
        this.rows = new ImportRows(formats);
    }

    @Override
    public Created create(NewImport newImport) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into import_run (format, file_name, stored_file, checksum, size_bytes, active_checksum,"
                    + " status, max_rejects, source, created_at, created_by, node_id, queued_at)"
                    + " values (:format, :fileName, :storedFile, :checksum, :size, :checksum, :status, :maxRejects,"
                    + " :source, :createdAt, :createdBy, :node, :createdAt)")
                .param("format", ImportRows.format(newImport.format()))
                .param("fileName", cut(newImport.fileName(), MAX_NAME))
                .param("storedFile", newImport.file().location())
                .param("checksum", newImport.file().sha256())
                .param("size", newImport.file().sizeBytes())
                .param("status", ImportStatus.QUEUED.name())
                .param("maxRejects", newImport.maxRejects())
                .param("source", newImport.source() != null ? cut(newImport.source(), MAX_SOURCE) : "import")
                .param("createdAt", StoredInstants.toDatabase(newImport.createdAt()))
                .param("createdBy", newImport.createdBy())
                .param("node", newImport.node(), Types.VARCHAR)
                .update(key, "id");
        } catch (DuplicateKeyException e) {
            return new AlreadyActive(jdbc.sql("select " + COLUMNS
                    + " from import_run where active_checksum = :checksum")
                .param("checksum", newImport.file().sha256()).query(rows.mapper()).optional()
                .orElseThrow(() -> e));
        }
        long id = key.getKeyAs(Number.class).longValue();
        if (newImport.source() == null) {
            String name = newImport.fileName() == null || newImport.fileName().isBlank() ? ""
                : " " + newImport.fileName();
            jdbc.sql("update import_run set source = :source where id = :id")
                .param("source", cut("import-" + id + name, MAX_SOURCE)).param("id", id).update();
        }
        return new Queued(find(id).orElseThrow());
    }

    @Override
    public Optional<ImportRun> find(long id) {
        return rows.find(jdbc, id);
    }

    @Override
    public List<ImportRun> active() {
        return jdbc.sql("select " + COLUMNS + " from import_run where status in ('QUEUED', 'RUNNING') order by id")
            .query(rows.mapper()).list();
    }

    @Override
    public Optional<ImportRun> latestBySource(String source) {
        return jdbc.sql("select " + COLUMNS + " from import_run where source = :source order by id desc limit 1")
            .param("source", source).query(rows.mapper()).optional();
    }
}
