package org.surgepolicy.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.UncategorizedSQLException;

/** The lock timeouts of both databases, as their drivers report them, become one locking failure; nothing else. */
class LockTimeoutsTest {

    @Test
    void postgresqlsLockNotAvailableIsALockingFailureNamingTheLock() {
        UncategorizedSQLException reported = new UncategorizedSQLException("PreparedStatementCallback",
            "select ... for update", new SQLException("ERROR: canceling statement due to lock timeout", "55P03"));

        assertThatThrownBy(() -> LockTimeouts.locking("The ledger's lock", () -> {
            throw reported;
        })).isInstanceOf(CannotAcquireLockException.class).hasCause(reported)
            .hasMessageStartingWith("The ledger's lock was not had within the database's lock timeout");
    }

    @Test
    void h2sLockTimeoutIsTheSameLockingFailure() {
        QueryTimeoutException reported = new QueryTimeoutException("PreparedStatementCallback",
            new SQLTimeoutException("Timeout trying to lock table \"tally_ledger\"", "HYT00", 50200));

        assertThatThrownBy(() -> LockTimeouts.locking("The ledger's lock", () -> {
            throw reported;
        })).isInstanceOf(CannotAcquireLockException.class).hasCause(reported);
    }

    @Test
    void otherFailuresPassAsTheyAreAndAnAnswerIsReturned() {
        DataIntegrityViolationException other = new DataIntegrityViolationException("duplicate key",
            new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThatThrownBy(() -> LockTimeouts.locking("The ledger's lock", () -> {
            throw other;
        })).isSameAs(other);
        assertThat(LockTimeouts.locking("The ledger's lock", () -> 42L)).isEqualTo(42L);
    }
}
