package org.surgepolicy.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.domain.rule.RecordedRestatement;
import org.surgepolicy.domain.rule.Restatement;

/** The restatement log in memory: a difference found again (same policy, date, type, kind, words) is not kept twice. */
public final class InMemoryRestatementLog implements RestatementLog {

    private final List<RecordedRestatement> recorded = new ArrayList<>();
    private final Set<List<Object>> known = new HashSet<>();

    @Override
    public synchronized List<RecordedRestatement> recordNew(String policyId, List<Restatement> restatements,
                                                            Instant detectedAt) {
        List<RecordedRestatement> now = new ArrayList<>();
        for (Restatement r : restatements) {
            if (known.add(List.of(policyId, r.date(), r.type(), r.kind(), r.description()))) {
                now.add(new RecordedRestatement(policyId, r.date(), r.type(), r.kind(), r.description(), detectedAt));
            }
        }
        recorded.addAll(now);
        return now;
    }

    @Override
    public synchronized List<RecordedRestatement> recorded(String policyId) {
        return recorded.stream().filter(r -> r.policyId().equals(policyId)).toList();
    }
}
