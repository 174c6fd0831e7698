package org.surgepolicy.adapter.persistence.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What the readiness check finds, check by check, from a database that a test takes away and gives back. */
class DatabaseReachabilityTest {

    private final DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:reachability-"
        + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    /** Connections to H2, or a refusal while {@link #refusing}, as from a database that is down. */
    private final AbstractDataSource database = new AbstractDataSource() {
        @Override
        public Connection getConnection() throws SQLException {
            if (refusing) {
                throw new SQLException("Connection to 127.0.0.1:5441 refused", "08001");
            }
            Connection connection = h2.getConnection();
            handedOut.add(connection);
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    };

    /** The database goes away: its connections end and new ones are refused. */
    private void goDown() throws SQLException {
        refusing = true;
        for (Connection connection : handedOut) {
            connection.close();
        }
    }

    /** Checked only when the test says so: the interval is never reached. */
    private DatabaseReachability reachability(Duration staleAfter) {
        return new DatabaseReachability(database, Duration.ofHours(1), Duration.ofSeconds(1), staleAfter);
    }

    @Test
    void nothingCountsAsReachableBeforeTheFirstCheck() {
        assertThat(reachability(Duration.ofSeconds(3)).current())
            .isEqualTo(new DatabaseReachability.Finding(false, null, "not checked yet"));
    }

    @Test
    void oneFailedCheckBetweenGoodOnesChangesNothing() throws SQLException {
        DatabaseReachability reachability = reachability(Duration.ofSeconds(3));
        reachability.check();
        goDown();
        reachability.check();

        assertThat(reachability.current().reachable()).isTrue();
    }

    @Test
    void twoFailedChecksInARowMakeItUnreachableAndTheFirstAnswerReachableAgain() throws SQLException {
        DatabaseReachability reachability = reachability(Duration.ofSeconds(3));
        reachability.check();
        goDown();
        reachability.check();
        reachability.check();

        DatabaseReachability.Finding down = reachability.current();
        refusing = false;
        reachability.check();

        assertThat(down.reachable()).isFalse();
        assertThat(down.problem()).contains("refused");
        assertThat(reachability.current().reachable()).isTrue();
        assertThat(reachability.current().lastAnswer()).isAfterOrEqualTo(down.lastAnswer());
    }

    @Test
    void aConnectionThatWasDroppedIsReplacedWithinTheSameCheck() throws SQLException {
        DatabaseReachability reachability = reachability(Duration.ofSeconds(3));
        reachability.check();
        handedOut.getFirst().close();
        reachability.check();
        reachability.check();

        assertThat(reachability.current().reachable()).isTrue();
        assertThat(handedOut).hasSize(2);
    }

    @Test
    void noAnswerForLongerThanStaleAfterMakesItUnreachableThoughNoCheckFailed() throws Exception {
        DatabaseReachability reachability = reachability(Duration.ofMillis(50));
        reachability.check();

        Thread.sleep(100);

        assertThat(reachability.current().reachable()).isFalse();
        assertThat(reachability.current().problem()).startsWith("no check has answered for");
    }

    @Test
    void aStartedCheckFindsTheDatabaseOnItsOwn() throws Exception {
        DatabaseReachability running = new DatabaseReachability(database, Duration.ofMillis(20),
            Duration.ofSeconds(1), Duration.ofSeconds(3)).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!running.current().reachable() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(running.current().reachable()).isTrue();
        } finally {
            running.close();
        }
    }
}
