package org.surgepolicy.adapter.persistence.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.DeterminationLogContract;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.RecordedDetermination;

/**
 * The contract of the determination log on each database (a subclass names it), and what only the JDBC adapter does:
 * it stores evidence as JSON text without the fields a determination does not use.
 */
abstract class JdbcDeterminationLogContract extends DeterminationLogContract<TestDatabase> {

    @Override
    protected DeterminationLog newDeterminationLog(TestDatabase database) {
        return new JdbcDeterminationLog(database.dataSource(), database.commitClock());
    }

    @Test
    void aDeterminationKeepsItsTriggerAndCapReachedMarkAndOneWithoutThemIsStoredAsBefore() {
        String capped = "border-emergency-authority";
        Determination named = new Determination(HIGH.date(), DeterminationType.HIGH, HIGH.date(), "sec3301",
            "H.R. 815 §3301", new Evidence(HIGH.evidence().windows(), 5_000, ">=", "MANDATORY_AVERAGE"), true);
        committedAt(T1, () -> log.recordNew(capped, List.of(named)));
        recordNew(T1, LOW);

        assertThat(log.recorded(capped, null)).extracting(RecordedDetermination::determination)
            .containsExactly(named);
        assertThat(log.recorded(POLICY, null)).extracting(RecordedDetermination::determination).containsExactly(LOW);
        assertThat(JdbcClient.create(store.dataSource()).sql("select evidence from determination where"
                + " policy_id = :policy").param("policy", POLICY).query(String.class).single())
            .doesNotContain("trigger").doesNotContain("capReached");
    }
}
