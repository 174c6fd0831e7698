package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.DatabaseContract;
import org.surgepolicy.adapter.persistence.Postgres;
import org.surgepolicy.application.contracts.TallyLedgerContract;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.Tally;

/**
 * The ledger's own wait for its lock (a subclass names the database): an append that cannot have the lock within it
 * fails as {@link TallyLedger.Busy}, whatever the connection's own lock timeout, and the connection keeps that
 * timeout afterwards, whether the append failed or not.
 */
abstract class LedgerLockWaitContract extends DatabaseContract {

    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Tally TALLY = TallyLedgerContract.tally(LocalDate.of(2024, 6, 1), "RGV", "SINGLE_ADULTS",
        "MEXICO", "APPREHENSIONS", 5);

    /** The lock timeout of the connection {@code jdbc} runs on, as the database reports it. */
    private String lockTimeout(JdbcClient jdbc) {
        return jdbc.sql(Postgres.runsOn(database.dataSource()) ? "select current_setting('lock_timeout')"
            : "select lock_timeout()").query(String.class).single();
    }

    @Test
    void anAppendThatCannotHaveTheLockWithinItsWaitIsBusyAndTheConnectionKeepsItsOwnLockTimeout() throws Exception {
        try (Connection own = database.dataSource().getConnection();
             Connection holder = database.dataSource().getConnection()) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(own, true);
            JdbcClient onOwn = JdbcClient.create(single);
            String before = lockTimeout(onOwn);
            JdbcTallyLedger ledger = new JdbcTallyLedger(single, new CommitClock(single, clock), WAIT);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(single));

            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement();
                 ResultSet state = lock.executeQuery("select version from tally_ledger where id = 1 for update")) {
                assertThat(state.next()).isTrue();
            }
            long started = System.nanoTime();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                ledger.append(List.of(TALLY), "operator", "report")))
                .isInstanceOf(TallyLedger.Busy.class)
                .hasMessageStartingWith("The ledger's lock was not had within the database's lock timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the ledger's own wait")
                .isGreaterThanOrEqualTo(WAIT.minusMillis(50)).isLessThan(Duration.ofSeconds(10));
            holder.rollback();
            assertThat(lockTimeout(onOwn)).as("after a failed append").isEqualTo(before);

            transactions.executeWithoutResult(status -> {
                assertThat(ledger.append(List.of(TALLY), "operator", "report").added()).isOne();
                assertThat(lockTimeout(onOwn)).as("within the transaction, after the lock").isEqualTo(before);
            });
            assertThat(lockTimeout(onOwn)).as("after a stored append").isEqualTo(before);
        }
    }
}
