package org.surgepolicy.adapter.persistence.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.surgepolicy.adapter.persistence.PostgresServer;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.adapter.persistence.override.JdbcOverrideStore;
import org.surgepolicy.adapter.persistence.tally.JdbcTallyLedger;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * Two nodes of the service on one PostgreSQL database, each keeping the current data in memory between changes: what
 * one commits, or what any other writer commits, reaches the other through the notification of its commit; while a
 * node's listener is cut off, its reads go to the database, and it listens again by itself.
 */
@ExtendWith(PostgresServer.class)
class ChangeNotificationsPostgresIT {

    private static final String POLICY = "securing-the-border";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private TestDatabase first;
    private TestDatabase second;

    @BeforeEach
    void openTwoNodes() {
        first = TestDatabase.postgresListening();
        second = first.otherNode();
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    private static JdbcOverrideStore overrides(TestDatabase node) {
        return new JdbcOverrideStore(node.dataSource(), node.commitClock());
    }

    private static JdbcTallyLedger ledger(TestDatabase node) {
        return new JdbcTallyLedger(node.dataSource(), node.commitClock());
    }

    private static PolicyOverride override(LocalDate from) {
        return new PolicyOverride(0, PolicyStateKind.DISCONTINUED, from, null, "Court order of " + from,
            "U.S. District Court, N.D. Cal.", Instant.EPOCH, "admin");
    }

    private static void await(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", PATIENCE, what).isLessThan(until);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /** Another writer of the database, as a person with psql would be: the ledger's version moves on by {@code by}. */
    private void moveTheLedgerOnElsewhere(long by) {
        first.jdbc().sql("update tally_ledger set version = version + :by where id = 1").param("by", by).update();
    }

    @Test
    void whatOneNodeCommitsTheWriterSeesAtOnceAndTheOtherOnceNotified() {
        JdbcOverrideStore mine = overrides(first);
        JdbcOverrideStore theirs = overrides(second);
        assertThat(mine.list(POLICY, null)).isEmpty();
        assertThat(theirs.list(POLICY, null)).isEmpty();
        long seen = second.changes().generation();

        PolicyOverride added = first.inTransaction(() -> mine.add(POLICY, override(LocalDate.of(2024, 8, 2))));

        assertThat(mine.list(POLICY, null)).extracting(PolicyOverride::id).containsExactly(added.id());
        await("the other node to be notified", () -> second.changes().generation() > seen);
        assertThat(theirs.list(POLICY, null)).extracting(PolicyOverride::id).containsExactly(added.id());
        assertThat(theirs.version()).isEqualTo(mine.version()).isEqualTo(1);
    }

    @Test
    void whileNothingChangesAKeptReadIsServedWithoutTheDatabase() {
        JdbcOverrideStore theirs = overrides(second);
        List<PolicyOverride> kept = theirs.list(POLICY, null);

        assertThat(theirs.list(POLICY, null)).isSameAs(kept);
        first.inTransaction(() -> overrides(first).add(POLICY, override(LocalDate.of(2024, 8, 2))));
        await("the other node to read the override", () -> theirs.list(POLICY, null).size() == 1);
        assertThat(theirs.list(POLICY, null)).isNotSameAs(kept);
    }

    @Test
    void aWriterOutsideTheServiceIsSeenByEveryNode() {
        JdbcTallyLedger mine = ledger(first);
        JdbcTallyLedger theirs = ledger(second);
        long before = theirs.version();
        assertThat(mine.version()).isEqualTo(before);

        moveTheLedgerOnElsewhere(5);

        await("both nodes to read the new version", () -> mine.version() == before + 5
            && theirs.version() == before + 5);
    }

    @Test
    void aNodeCutOffFromItsNotificationsReadsTheDatabaseUntilItListensAgain() {
        JdbcTallyLedger theirs = ledger(second);
        long before = theirs.version();

        Integer cut = first.jdbc().sql("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where datname = current_database() and application_name = :name")
            .param("name", PostgresChangeListener.APPLICATION_NAME)
            .query(Integer.class).single();
        assertThat(cut).isGreaterThanOrEqualTo(2);
        await("the node to notice", () -> !second.changes().isLive());
        moveTheLedgerOnElsewhere(1);
        await("the node to read the change made while it was cut off", () -> theirs.version() == before + 1);

        second.awaitListening();
        first.awaitListening();
        long kept = second.changes().generation();
        assertThat(theirs.version()).isEqualTo(before + 1);
        moveTheLedgerOnElsewhere(1);
        await("the node, listening again, to be notified", () -> second.changes().generation() > kept);
        await("the node, listening again, to be notified", () -> theirs.version() == before + 2);
    }
}
