package org.surgepolicy.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures count as "the database cannot be reached" (503) rather than a bug (500). */
class DatabaseUnreachableTest {

    @Test
    void aConnectionThatCannotBeOpenedIsUnreachable() {
        assertThat(ProblemDetailsAdvice.databaseUnreachable(
            new CannotCreateTransactionException("Could not open JDBC Connection", new ConnectException()))).isTrue();
    }

    @Test
    void aRollbackThatFailedAfterTheConnectionWasLostIsUnreachable() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed");
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("I/O error"));

        assertThat(ProblemDetailsAdvice.databaseUnreachable(rollbackFailed)).isTrue();
    }

    @Test
    void aRollbackThatFailedOnAConnectionThePoolHadClosedAsTheCommitFailedIsUnreachable() {
        assertThat(ProblemDetailsAdvice.databaseUnreachable(new TransactionSystemException("JDBC rollback failed",
            new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aLostSocketDeepInTheCausesIsUnreachable() {
        assertThat(ProblemDetailsAdvice.databaseUnreachable(
            new IllegalStateException("wrapped", new java.net.SocketException("Connection reset")))).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(ProblemDetailsAdvice.databaseUnreachable(new DataIntegrityViolationException("duplicate")))
            .isFalse();
        assertThat(ProblemDetailsAdvice.databaseUnreachable(new NullPointerException())).isFalse();
        assertThat(ProblemDetailsAdvice.databaseUnreachable(new TransactionSystemException("commit failed")))
            .isFalse();
    }
}
