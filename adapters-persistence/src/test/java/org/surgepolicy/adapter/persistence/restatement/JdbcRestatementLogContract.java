package org.surgepolicy.adapter.persistence.restatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.RestatementLogContract;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Restatement;

/**
 * The contract of the restatement log on each database (a subclass names it), and what only the JDBC adapter does: it
 * keeps instants to the microsecond and descriptions to 4,000 characters.
 */
abstract class JdbcRestatementLogContract extends RestatementLogContract<TestDatabase> {

    @Override
    protected RestatementLog newRestatementLog(TestDatabase database) {
        return new JdbcRestatementLog(database.dataSource());
    }

    @Test
    void instantsAreKeptToTheMicrosecondAndLongDescriptionsAreCut() {
        Restatement wordy = restatement(DAY, DeterminationType.HIGH, Restatement.Kind.REVISED, "x".repeat(5_000));

        log.recordNew(POLICY, List.of(wordy), Instant.parse("2024-07-01T04:00:00.123456789Z"));

        assertThat(log.recorded(POLICY)).singleElement().satisfies(r -> {
            assertThat(r.detectedAt()).isEqualTo(Instant.parse("2024-07-01T04:00:00.123456Z"));
            assertThat(r.description()).hasSize(4_000);
        });
    }
}
