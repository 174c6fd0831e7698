package org.surgepolicy.adapter.persistence.imports;

import static org.surgepolicy.adapter.persistence.imports.ImportRows.MAX_REASON;
import static org.surgepolicy.adapter.persistence.imports.ImportRows.cut;

import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The imports' moves in JDBC: each one update of its import_run row, conditioned on the state and attempt it moves
 * from where a race is possible; a move into a state under way takes the file's active_checksum, which is unique.
 */
public final class JdbcImportStates implements ImportStates {

    private final JdbcClient jdbc;

    public JdbcImportStates(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
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
    public boolean failAttempt(long id, long seenAttempt, ImportState.Failed failed) {
        return jdbc.sql("update import_run set status = :failed, message = :message, finished_at = :at,"
                + " active_checksum = null where id = :id and attempt = :attempt and status in ('QUEUED', 'RUNNING')")
            .param("failed", ImportRows.status(failed))
            .param("message", cut(failed.reason(), MAX_REASON))
            .param("at", StoredInstants.toDatabase(failed.finishedAt())).param("id", id).param("attempt", seenAttempt)
            .update() == 1;
    }

    @Override
    public void markWaiting(long id, long seenAttempt, ImportState.Queued waiting) {
        jdbc.sql("update import_run set message = :message where id = :id and attempt = :attempt and status = 'QUEUED'")
            .param("message", cut(waiting.waitingFor(), MAX_REASON)).param("id", id)
            .param("attempt", seenAttempt).update();
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
    public void finish(long id, ImportState.Ended ended) {
        jdbc.sql("update import_run set status = :status, message = :message, finished_at = :at,"
                + " active_checksum = null where id = :id")
            .param("status", ImportRows.status(ended))
            .param("message", cut(ended.message(), MAX_REASON))
            .param("at", StoredInstants.toDatabase(ended.finishedAt())).param("id", id).update();
    }
}
