package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.domain.policy.ActivationDecision;

/**
 * What every {@link ActivationDecisionStore} must do, run by each implementation's subclass: the JDBC adapter on each
 * database and the in-memory fake the services' tests use.
 */
public abstract class ActivationDecisionStoreContract<S extends ContractStore> extends PortContract<S> {

    protected static final String POLICY = "border-emergency-authority";
    protected static final Instant T1 = Instant.parse("2024-07-08T15:30:00.000007Z");
    protected static final Instant T2 = Instant.parse("2024-07-09T14:00:00Z");
    protected static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);

    protected ActivationDecisionStore decisions;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract ActivationDecisionStore newActivationDecisionStore(S store);

    @BeforeEach
    void createActivationDecisionStore() {
        decisions = newActivationDecisionStore(store);
    }

    protected static ActivationDecision decision(LocalDate determinationDate, LocalDate decidedOn, Instant at) {
        return new ActivationDecision(0, determinationDate, decidedOn, "Sustained encounters of " + determinationDate,
            "Secretary of Homeland Security", at, "admin");
    }

    /** Adds the decision in a transaction that commits at the instant the decision was made. */
    protected ActivationDecision add(String policy, ActivationDecision decision) {
        return committedAt(decision.recordedAt(), () -> decisions.add(policy, decision));
    }

    @Test
    void aDecisionComesBackAsStoredWithItsId() {
        ActivationDecision given = decision(JULY_8, JULY_8.plusDays(1), T1);

        ActivationDecision stored = add(POLICY, given);

        assertThat(stored.id()).isPositive();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(given);
        assertThat(decisions.list(POLICY, null)).containsExactly(stored);
    }

    @Test
    void decisionsAreListedPerPolicyInRecordingOrderAndAsKnownAt() {
        ActivationDecision first = add(POLICY, decision(JULY_8, JULY_8, T1));
        ActivationDecision other = add("other-policy", decision(JULY_8, JULY_8, T1));
        ActivationDecision second = add(POLICY, decision(JULY_8, JULY_8.plusDays(1), T2));

        assertThat(decisions.list(POLICY, null)).containsExactly(first, second);
        assertThat(decisions.list("other-policy", null)).containsExactly(other);
        assertThat(decisions.list(POLICY, T1.minusNanos(1_000))).isEmpty();
        assertThat(decisions.list(POLICY, T1)).containsExactly(first);
        assertThat(decisions.list(POLICY, T2.minusSeconds(1))).containsExactly(first);
        assertThat(decisions.list(POLICY, T2)).containsExactly(first, second);
    }

    @Test
    void theVersionGrowsWithEveryDecisionStored() throws Exception {
        long before = decisions.version();
        add(POLICY, decision(JULY_8, JULY_8, T1));
        long after = decisions.version();
        List<Callable<ActivationDecision>> adds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate decidedOn = JULY_8.plusDays(i + 1L);
            adds.add(() -> add(POLICY, decision(JULY_8, decidedOn, T2)));
        }
        concurrently(adds);

        assertThat(after).isGreaterThan(before);
        assertThat(decisions.version()).isEqualTo(after + 10);
        assertThat(decisions.list(POLICY, null)).hasSize(11);
    }
}
