package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * What every {@link OverrideStore} must do, run by each implementation's subclass: the JDBC adapter on each database
 * and the in-memory fake the services' tests use.
 */
public abstract class OverrideStoreContract<S extends ContractStore> extends PortContract<S> {

    protected static final String POLICY = "securing-the-border";
    protected static final Instant T1 = Instant.parse("2024-08-01T15:30:00.000007Z");
    protected static final Instant T2 = Instant.parse("2024-08-05T09:00:00Z");

    protected OverrideStore overrides;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract OverrideStore newOverrideStore(S store);

    @BeforeEach
    void createOverrideStore() {
        overrides = newOverrideStore(store);
    }

    protected static PolicyOverride override(PolicyStateKind state, LocalDate from, LocalDate to, Instant at) {
        return new PolicyOverride(0, state, from, to, "Court order of " + from, "U.S. District Court, N.D. Cal.", at,
            "admin");
    }

    /** Adds the override in a transaction that commits at the instant the override was made. */
    protected PolicyOverride add(String policy, PolicyOverride override) {
        return committedAt(override.recordedAt(), () -> overrides.add(policy, override));
    }

    @Test
    void anOverrideComesBackAsStoredWithItsId() {
        PolicyOverride given = override(PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 8, 2),
            LocalDate.of(2024, 8, 30), T1);

        PolicyOverride stored = add(POLICY, given);

        assertThat(stored.id()).isPositive();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(given);
        assertThat(overrides.list(POLICY, null)).containsExactly(stored);
    }

    @Test
    void anOpenEndedOverrideKeepsItsMissingEnd() {
        PolicyOverride stored = add(POLICY, override(PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 9, 1), null, T1));

        assertThat(overrides.list(POLICY, null)).singleElement().satisfies(o -> {
            assertThat(o.to()).isNull();
            assertThat(o).isEqualTo(stored);
        });
    }

    @Test
    void overridesAreListedPerPolicyInRecordingOrderAndAsKnownAt() {
        PolicyOverride first = add(POLICY, override(PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 8, 2), null, T1));
        PolicyOverride other = add("other-policy",
            override(PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 8, 2), null, T1));
        PolicyOverride second = add(POLICY, override(PolicyStateKind.IN_EFFECT, LocalDate.of(2024, 8, 10),
            LocalDate.of(2024, 8, 12), T2));

        assertThat(overrides.list(POLICY, null)).containsExactly(first, second);
        assertThat(overrides.list("other-policy", null)).containsExactly(other);
        assertThat(overrides.list(POLICY, T1.minusNanos(1_000))).isEmpty();
        assertThat(overrides.list(POLICY, T1)).containsExactly(first);
        assertThat(overrides.list(POLICY, T2.minusSeconds(1))).containsExactly(first);
        assertThat(overrides.list(POLICY, T2)).containsExactly(first, second);
    }

    @Test
    void theVersionGrowsWithEveryOverrideStored() throws Exception {
        long before = overrides.version();
        add(POLICY, override(PolicyStateKind.DISCONTINUED, LocalDate.of(2024, 8, 2), null, T1));
        long after = overrides.version();
        List<Callable<PolicyOverride>> adds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate from = LocalDate.of(2024, 9, 1).plusDays(i);
            adds.add(() -> add(POLICY, override(PolicyStateKind.IN_EFFECT, from, from, T2)));
        }
        concurrently(adds);

        assertThat(after).isGreaterThan(before);
        assertThat(overrides.version()).isEqualTo(after + 10);
        assertThat(overrides.list(POLICY, null)).hasSize(11);
    }
}
