package org.surgepolicy.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedDetermination;

/**
 * The determination log in memory: the first recording of each policy, date and type is kept, later ones skipped. A
 * call is its own commit, so what it records is recorded at the clock's instant.
 */
public final class InMemoryDeterminationLog implements DeterminationLog {

    private record Key(String policyId, LocalDate date, DeterminationType type) {
    }

    /** As the JDBC log reads them: by date, then by the type's name. */
    private static final Comparator<RecordedDetermination> LOG_ORDER =
        Comparator.comparing((RecordedDetermination r) -> r.determination().date())
            .thenComparing(r -> r.determination().type().name());

    private final Clock clock;
    private final List<RecordedDetermination> recorded = new ArrayList<>();
    private final Set<Key> known = new HashSet<>();

    public InMemoryDeterminationLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<Determination> recordNew(String policyId, List<Determination> determinations) {
        Objects.requireNonNull(policyId, "policyId");
        Instant at = clock.instant();
        List<Determination> now = new ArrayList<>();
        for (Determination d : determinations) {
            if (known.add(new Key(policyId, d.date(), d.type()))) {
                now.add(d);
                recorded.add(new RecordedDetermination(policyId, d, at));
            }
        }
        return now;
    }

    @Override
    public synchronized List<RecordedDetermination> recorded(String policyId, Instant knownAt) {
        return recorded.stream()
            .filter(r -> r.policyId().equals(policyId))
            .filter(r -> knownAt == null || !r.recordedAt().isAfter(knownAt))
            .sorted(LOG_ORDER)
            .toList();
    }
}
