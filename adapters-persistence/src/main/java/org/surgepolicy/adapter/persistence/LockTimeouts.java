package org.surgepolicy.adapter.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;

/**
 * Waits for a lock that outlasted the database's lock timeout, as Spring does not translate them: PostgreSQL's
 * {@code lock_not_available} (SQL state 55P03, with {@code lock_timeout} set) reaches the caller uncategorised, and
 * H2's lock timeout (error 50200, {@code LOCK_TIMEOUT}) as a query timeout. The statements that lock a row for the
 * rest of their transaction go through {@link #locking}, so that either is a {@link CannotAcquireLockException}.
 */
public final class LockTimeouts {

    private LockTimeouts() {
    }

    /**
     * Runs {@code lock}, a statement that locks {@code what}.
     *
     * @throws CannotAcquireLockException when the lock was not had within the database's lock timeout
     */
    public static <T> T locking(String what, Supplier<T> lock) {
        try {
            return lock.get();
        } catch (DataAccessException e) {
            if (timedOut(e)) {
                throw new CannotAcquireLockException(what + " was not had within the database's lock timeout: another"
                    + " change held it for longer, such as an import being published", e);
            }
            throw e;
        }
    }

    /** Whether {@code failure}, or one of its causes, is a lock timeout of either database. */
    static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }
}
