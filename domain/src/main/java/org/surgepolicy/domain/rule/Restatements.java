package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the determinations as first recorded with those the current data yields. */
public final class Restatements {

    private Restatements() {
    }

    private record Key(LocalDate date, DeterminationType type) {
    }

    /** Every difference, in date order. */
    public static List<Restatement> compare(List<RecordedDetermination> recorded, List<Determination> current) {
        Map<Key, RecordedDetermination> then = new LinkedHashMap<>();
        recorded.forEach(r -> then.putIfAbsent(key(r.determination()), r));
        Map<Key, Determination> now = new LinkedHashMap<>();
        current.forEach(d -> now.putIfAbsent(key(d), d));
        List<Restatement> differences = new ArrayList<>();
        then.forEach((key, r) -> {
            Determination d = now.get(key);
            if (d == null) {
                differences.add(new Restatement(key.date, key.type, Restatement.Kind.WITHDRAWN, r, null,
                    "the " + key.type + " determination of " + key.date + " recorded at " + r.recordedAt()
                        + " is no longer supported by the data"));
            } else if (!d.equals(r.determination())) {
                differences.add(new Restatement(key.date, key.type, Restatement.Kind.REVISED, r, d,
                    describeRevision(r.determination(), d)));
            }
        });
        now.forEach((key, d) -> {
            if (!then.containsKey(key)) {
                differences.add(new Restatement(key.date, key.type, Restatement.Kind.ADDED, null, d,
                    "the data now yields a " + key.type + " determination on " + key.date + " that was never recorded"));
            }
        });
        differences.sort(Comparator.comparing(Restatement::date).thenComparing(Restatement::type));
        return differences;
    }

    private static Key key(Determination d) {
        return new Key(d.date(), d.type());
    }

    private static String describeRevision(Determination then, Determination now) {
        List<String> changes = new ArrayList<>();
        if (!then.effectiveOn().equals(now.effectiveOn())) {
            changes.add("effective " + then.effectiveOn() + " then, " + now.effectiveOn() + " now");
        }
        if (!then.versionId().equals(now.versionId())) {
            changes.add("version " + then.versionId() + " then, " + now.versionId() + " now");
        }
        List<EvidenceWindow> a = then.evidence().windows();
        List<EvidenceWindow> b = now.evidence().windows();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            WindowAverage x = a.get(i).average();
            WindowAverage y = b.get(i).average();
            if (x.sum() != y.sum() || !x.to().equals(y.to())) {
                changes.add("window ending " + y.to() + ": sum " + x.sum() + " then, " + y.sum() + " now");
            }
        }
        if (a.size() != b.size()) {
            changes.add(a.size() + " windows then, " + b.size() + " now");
        }
        if (changes.isEmpty()) {
            changes.add("evidence differs");
        }
        return "the " + now.type() + " determination of " + now.date() + " is restated: " + String.join("; ", changes);
    }
}
