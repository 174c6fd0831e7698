package org.surgepolicy.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.domain.policy.PolicyOverride;

/**
 * The overrides in memory: ids from 1, a version that grows with every add, lists in recording order. An add is its
 * own commit, so the override is recorded at the clock's instant.
 */
public final class InMemoryOverrideStore implements OverrideStore {

    private record Stored(String policyId, PolicyOverride override) {
    }

    private static final Comparator<PolicyOverride> RECORDING_ORDER =
        Comparator.comparing(PolicyOverride::recordedAt).thenComparingLong(PolicyOverride::id);

    private final Clock clock;
    private final List<Stored> stored = new ArrayList<>();
    private long version;

    public InMemoryOverrideStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized PolicyOverride add(String policyId, PolicyOverride override) {
        Objects.requireNonNull(policyId, "policyId");
        version++;
        PolicyOverride withId = new PolicyOverride(stored.size() + 1L, override.state(), override.from(),
            override.to(), override.reason(), override.authority(), clock.instant(), override.recordedBy());
        stored.add(new Stored(policyId, withId));
        return withId;
    }

    @Override
    public synchronized List<PolicyOverride> list(String policyId, Instant knownAt) {
        return stored.stream()
            .filter(s -> s.policyId().equals(policyId))
            .map(Stored::override)
            .filter(o -> knownAt == null || !o.recordedAt().isAfter(knownAt))
            .sorted(RECORDING_ORDER)
            .toList();
    }

    @Override
    public synchronized long version() {
        return version;
    }
}
