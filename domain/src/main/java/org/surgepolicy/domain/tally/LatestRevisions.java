package org.surgepolicy.domain.tally;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Picks, of all the revisions of each key, the one that counts: the latest in recording order. */
public final class LatestRevisions {

    private LatestRevisions() {
    }

    public static List<Tally> of(Collection<TallyRevision> revisions) {
        Map<TallyKey, TallyRevision> latest = new HashMap<>();
        for (TallyRevision revision : revisions) {
            latest.merge(revision.key(), revision,
                (a, b) -> TallyRevision.RECORDING_ORDER.compare(a, b) >= 0 ? a : b);
        }
        return latest.values().stream().map(TallyRevision::tally).toList();
    }
}
