package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * How the determinations as first recorded compare with those the current data yields, in numbers.
     *
     * @param recorded  the determinations first recorded (one per date and type)
     * @param current   the determinations the current data yields
     * @param unchanged recorded and yielded now alike
     * @param added     yielded now, never recorded
     * @param withdrawn recorded, no longer yielded
     * @param revised   yielded now on the same date, with other evidence, version or effective date
     */
    public record Counts(int recorded, int current, int unchanged, int added, int withdrawn, int revised) {
    }

    /** The numbers of a comparison made by {@link #compare}. */
    public static Counts count(List<RecordedDetermination> recorded, List<Determination> current,
                               List<Restatement> differences) {
        int then = (int) recorded.stream().map(r -> key(r.determination())).distinct().count();
        int now = (int) current.stream().map(Restatements::key).distinct().count();
        int added = 0;
        int withdrawn = 0;
        int revised = 0;
        for (Restatement difference : differences) {
            switch (difference.kind()) {
                case ADDED -> added++;
                case WITHDRAWN -> withdrawn++;
                case REVISED -> revised++;
            }
        }
        return new Counts(then, now, then - withdrawn - revised, added, withdrawn, revised);
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
        if (!Objects.equals(then.trigger(), now.trigger())) {
            changes.add("trigger " + then.trigger() + " then, " + now.trigger() + " now");
        }
        if (then.capReached() != now.capReached()) {
            changes.add(now.capReached() ? "cap reached now, not then" : "cap reached then, not now");
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
