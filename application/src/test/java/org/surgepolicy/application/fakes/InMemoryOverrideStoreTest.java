package org.surgepolicy.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.contracts.OverrideStoreContract;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * The fake override store keeps the port's contract; it numbers its overrides and versions from 1 and lists by
 * instant.
 */
class InMemoryOverrideStoreTest extends OverrideStoreContract<InMemoryStore> {

    private static final String FAKE_POLICY = "securing-the-border";
    private static final Instant FAKE_T1 = Instant.parse("2024-07-01T12:00:00Z");
    private static final Instant FAKE_T2 = Instant.parse("2024-07-02T12:00:00Z");

    @Override
    protected InMemoryStore openStore() {
        return new InMemoryStore();
    }

    @Override
    protected OverrideStore newOverrideStore(InMemoryStore store) {
        return new InMemoryOverrideStore(store.clock());
    }

    @Test
    void overridesGetIdsAndAVersionAndAreListedInRecordingOrderAsKnownAt() {
        MutableClock clock = new MutableClock(FAKE_T2);
        InMemoryOverrideStore store = new InMemoryOverrideStore(clock);
        LocalDate from = LocalDate.of(2024, 7, 1);
        PolicyOverride later = Evaluations.courtOrder(0, PolicyStateKind.IN_EFFECT, from, null);
        PolicyOverride earlier = new PolicyOverride(0, PolicyStateKind.DISCONTINUED, from, from.plusDays(3),
            "Stay", "Court", FAKE_T1, "admin");

        PolicyOverride first = store.add(FAKE_POLICY, later);
        clock.set(FAKE_T1);
        PolicyOverride second = store.add(FAKE_POLICY, earlier);
        store.add("other-policy", later);

        assertThat(first.id()).isEqualTo(1);
        assertThat(first.recordedAt()).isEqualTo(FAKE_T2);
        assertThat(second.id()).isEqualTo(2);
        assertThat(second.recordedAt()).isEqualTo(FAKE_T1);
        assertThat(store.version()).isEqualTo(3);
        assertThat(store.list(FAKE_POLICY, null)).containsExactly(second, first);
        assertThat(store.list(FAKE_POLICY, FAKE_T1)).containsExactly(second);
        assertThat(store.list(FAKE_POLICY, FAKE_T1.minusNanos(1))).isEmpty();
    }
}
