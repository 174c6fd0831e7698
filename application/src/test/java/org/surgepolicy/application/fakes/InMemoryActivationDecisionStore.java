package org.surgepolicy.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.domain.policy.ActivationDecision;

/**
 * The activation decisions in memory: ids from 1, a version that grows with every add, lists in recording order. An
 * add is its own commit, so the decision is recorded at the clock's instant.
 */
public final class InMemoryActivationDecisionStore implements ActivationDecisionStore {

    private record Stored(String policyId, ActivationDecision decision) {
    }

    private static final Comparator<ActivationDecision> RECORDING_ORDER =
        Comparator.comparing(ActivationDecision::recordedAt).thenComparingLong(ActivationDecision::id);

    private final Clock clock;
    private final List<Stored> stored = new ArrayList<>();
    private long version;

    public InMemoryActivationDecisionStore(Clock clock) {
        this.clock = clock;
    }

    /** Nothing to hold: the fake serves one thread, and each add is its own commit. */
    @Override
    public void hold() {
    }

    @Override
    public synchronized ActivationDecision add(String policyId, ActivationDecision decision) {
        Objects.requireNonNull(policyId, "policyId");
        version++;
        ActivationDecision withId = new ActivationDecision(stored.size() + 1L, decision.determinationDate(),
            decision.decidedOn(), decision.reason(), decision.authority(), clock.instant(), decision.recordedBy());
        stored.add(new Stored(policyId, withId));
        return withId;
    }

    @Override
    public synchronized List<ActivationDecision> list(String policyId, Instant knownAt) {
        return stored.stream()
            .filter(s -> s.policyId().equals(policyId))
            .map(Stored::decision)
            .filter(d -> knownAt == null || !d.recordedAt().isAfter(knownAt))
            .sorted(RECORDING_ORDER)
            .toList();
    }

    @Override
    public synchronized long version() {
        return version;
    }
}
