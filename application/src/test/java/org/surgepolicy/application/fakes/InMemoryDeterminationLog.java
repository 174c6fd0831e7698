package org.surgepolicy.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedDetermination;

/** The determination log in memory: the first recording of each policy, date and type is kept, later ones skipped. */
public final class InMemoryDeterminationLog implements DeterminationLog {

    private record Key(String policyId, LocalDate date, DeterminationType type) {
    }

    /** As the JDBC log reads them: by date, then by the type's name. */
    private static final Comparator<RecordedDetermination> LOG_ORDER =
        Comparator.comparing((RecordedDetermination r) -> r.determination().date())
            .thenComparing(r -> r.determination().type().name());

    private final List<RecordedDetermination> recorded = new ArrayList<>();
    private final Set<Key> known = new HashSet<>();

    @Override
    public synchronized List<RecordedDetermination> recordNew(String policyId, List<Determination> determinations,
                                                              Instant recordedAt) {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        List<RecordedDetermination> now = new ArrayList<>();
        for (Determination d : determinations) {
            if (known.add(new Key(policyId, d.date(), d.type()))) {
                now.add(new RecordedDetermination(policyId, d, recordedAt));
            }
        }
        recorded.addAll(now);
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
