package org.surgepolicy.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.DayAggregate;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallyRevision;

/**
 * The tally ledger in memory, with the semantics of the JDBC ledger: a revision only for a count that differs from
 * the latest, a version that grows only when something is stored, a day marked changed only when its aggregate
 * changes, and instants that never go back. An append is its own commit, so its revisions are recorded at the clock's
 * instant when it is made. It counts its aggregate reads, so that a test can prove what was cached. Each revision keeps
 * its key's previous count, as the JDBC ledger's do, which a test may alter as a statement on the database could, so
 * that the checks have something to find.
 */
public final class InMemoryTallyLedger implements TallyLedger {

    private final Clock clock;
    private final List<TallyRevision> revisions = new ArrayList<>();
    private final Map<TallyKey, TallyRevision> latest = new HashMap<>();
    /** Each revision's previous count by its sequence; null for a key's first revision. */
    private final Map<Long, Long> previousCounts = new HashMap<>();
    private final TreeMap<LocalDate, DayAggregate> maintained = new TreeMap<>();
    private final Map<LocalDate, Long> changedInVersion = new HashMap<>();
    private final List<List<LocalDate>> dayReads = new ArrayList<>();
    private long version;
    private Instant lastRecordedAt;
    private int rangeReads;
    private int knownAtReads;

    public InMemoryTallyLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AppendResult append(List<Tally> tallies, String recordedBy, String source) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(source, "source");
        // As in the JDBC ledger, a clock that went back does not reorder the revisions.
        Instant now = clock.instant();
        Instant at = lastRecordedAt != null && now.isBefore(lastRecordedAt) ? lastRecordedAt : now;
        TreeSet<LocalDate> touched = new TreeSet<>();
        int added = 0;
        int revised = 0;
        for (Tally tally : tallies) {
            TallyRevision current = latest.get(tally.key());
            if (current == null) {
                added++;
            }
            if (current == null || current.tally().count() != tally.count()) {
                TallyRevision revision = new TallyRevision(tally, at, recordedBy, source, revisions.size() + 1L);
                revisions.add(revision);
                previousCounts.put(revision.sequence(), current == null ? null : current.tally().count());
                latest.put(tally.key(), revision);
                touched.add(tally.key().date());
                revised++;
            }
        }
        if (revised > 0) {
            version++;
            lastRecordedAt = at;
            touched.forEach(this::maintain);
        }
        return new AppendResult(added, revised - added, tallies.size() - revised);
    }

    /** Recomputes a day's maintained aggregate from its latest revisions, marking the day only when it changed. */
    private void maintain(LocalDate day) {
        DayAggregate aggregate = DailyAggregates.ofRevisions(select(r -> r.key().date().equals(day))).day(day)
            .orElseThrow();
        if (!aggregate.equals(maintained.put(day, aggregate))) {
            changedInVersion.put(day, version);
        }
    }

    @Override
    public synchronized DailyAggregates aggregates(LocalDate from, LocalDate to) {
        rangeReads++;
        return DailyAggregates.ofDays(maintained.subMap(from, true, to, true).values());
    }

    @Override
    public synchronized DailyAggregates aggregates(Collection<LocalDate> days) {
        List<LocalDate> asked = List.copyOf(new TreeSet<>(days));
        dayReads.add(asked);
        return DailyAggregates.ofDays(asked.stream().map(maintained::get).filter(Objects::nonNull).toList());
    }

    @Override
    public synchronized DailyAggregates aggregatesKnownAt(LocalDate from, LocalDate to, Instant knownAt) {
        Objects.requireNonNull(knownAt, "knownAt");
        knownAtReads++;
        return DailyAggregates.ofRevisions(select(r -> within(r, from, to) && !r.recordedAt().isAfter(knownAt)));
    }

    @Override
    public synchronized DailyAggregates rebuildAggregates(LocalDate from, LocalDate to) {
        return DailyAggregates.ofRevisions(select(r -> within(r, from, to)));
    }

    /**
     * Compares the maintained days with the sum of every revision's count less its previous count, as the JDBC
     * ledger's one pass does (a previous count altered to more than its cell's sum makes a negative total, which the
     * domain refuses: this fake does not go there).
     */
    @Override
    public synchronized AggregateComparison compareAggregates() {
        Map<LocalDate, Map<AggregateCell, Long>> sums = new TreeMap<>();
        for (TallyRevision revision : revisions) {
            long previous = Objects.requireNonNullElse(previousCounts.get(revision.sequence()), 0L);
            sums.computeIfAbsent(revision.key().date(), day -> new HashMap<>())
                .merge(revision.key().cell(), revision.tally().count() - previous, Long::sum);
        }
        return AggregateComparison.of(DailyAggregates.ofDays(maintained.values()), DailyAggregates.ofDays(
            sums.entrySet().stream().map(day -> new DayAggregate(day.getKey(), day.getValue())).toList()));
    }

    @Override
    public synchronized BrokenChains brokenChains(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
        }
        Map<TallyKey, Long> before = new HashMap<>();
        List<Long> broken = new ArrayList<>();
        for (TallyRevision revision : revisions) {
            if (!Objects.equals(previousCounts.get(revision.sequence()), before.get(revision.key()))) {
                broken.add(revision.sequence());
            }
            before.put(revision.key(), revision.tally().count());
        }
        return new BrokenChains(broken.subList(0, Math.min(limit, broken.size())), broken.size());
    }

    /**
     * Stores another previous count (null: none) with the revision of this sequence, as a statement on the database
     * could; the ledger's appends never do.
     */
    public synchronized void alterPreviousCount(long sequence, Long previousCount) {
        if (sequence < 1 || sequence > revisions.size()) {
            throw new IllegalArgumentException("no revision " + sequence);
        }
        previousCounts.put(sequence, previousCount);
    }

    @Override
    public synchronized int rebuildMaintainedAggregates() {
        version++;
        maintained.clear();
        DailyAggregates.ofRevisions(revisions).days().forEach(day -> {
            maintained.put(day.date(), day);
            changedInVersion.put(day.date(), version);
        });
        return maintained.size();
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized List<LocalDate> daysChangedSince(long since) {
        return changedInVersion.entrySet().stream().filter(e -> e.getValue() > since).map(Map.Entry::getKey)
            .sorted().toList();
    }

    @Override
    public synchronized Optional<LocalDate> newestDay() {
        return maintained.isEmpty() ? Optional.empty() : Optional.of(maintained.lastKey());
    }

    @Override
    public synchronized List<TallyRevision> revisions(TallyQuery query) {
        Objects.requireNonNull(query.date(), "date");
        List<TallyRevision> selected = select(r -> r.key().date().equals(query.date())
            && (query.area() == null || r.key().area().value().equals(query.area()))
            && (query.knownAt() == null || !r.recordedAt().isAfter(query.knownAt())));
        if (query.history()) {
            return selected;
        }
        Map<TallyKey, TallyRevision> latestOfKey = new LinkedHashMap<>();
        selected.forEach(r -> latestOfKey.merge(r.key(), r,
            (a, b) -> TallyRevision.RECORDING_ORDER.compare(a, b) >= 0 ? a : b));
        return latestOfKey.values().stream().sorted(Comparator.comparingLong(TallyRevision::sequence)).toList();
    }

    private List<TallyRevision> select(Predicate<TallyRevision> wanted) {
        return revisions.stream().filter(wanted).toList();
    }

    private static boolean within(TallyRevision revision, LocalDate from, LocalDate to) {
        LocalDate date = revision.key().date();
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** How many times the aggregates of a range of days were read. */
    public synchronized int rangeReads() {
        return rangeReads;
    }

    /** The days asked for by each read of given days, in the order of the reads. */
    public synchronized List<List<LocalDate>> dayReads() {
        return List.copyOf(dayReads);
    }

    /** How many times aggregates were computed as known at an instant. */
    public synchronized int knownAtReads() {
        return knownAtReads;
    }
}
