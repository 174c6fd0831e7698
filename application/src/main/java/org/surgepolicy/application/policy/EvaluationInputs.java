package org.surgepolicy.application.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.application.tally.CurrentData;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * Gathers what a policy's evaluation is a function of: the data as it is now (the maintained aggregate) or as it was
 * known at an instant (the raw revisions), the overrides, the activation decisions, and the day the question is
 * answered for.
 *
 * <p>The data as known at a past instant is final once read (the ledger waits for whatever may still be stamped at or
 * before it), so the last few such reads are kept: the status, the timeline and a comparison asked for the same
 * instant, as the dashboard asks them, sum the revisions once. A read is kept for its instant with the days it spans,
 * and answers any days within them.
 */
public final class EvaluationInputs {

    /** The most days of data as known at an instant kept, over all instants: a few years of a few policies. */
    static final int KEPT_KNOWN_DAYS = 4_000;

    private final TallyLedger ledger;
    private final OverrideStore overrides;
    private final ActivationDecisionStore decisions;
    private final Clock clock;
    private final CurrentData currentData;
    private final Cache<Instant, KnownRead> known = Caffeine.newBuilder()
        .maximumWeight(KEPT_KNOWN_DAYS)
        .weigher((Instant knownAt, KnownRead read) -> Math.max(1, read.data().size()))
        .executor(Runnable::run)
        .build();

    /** The data as known at an instant over the days from {@code from} to {@code to}. */
    private record KnownRead(LocalDate from, LocalDate to, DailyAggregates data) {

        boolean covers(LocalDate first, LocalDate last) {
            return !from.isAfter(first) && !to.isBefore(last);
        }
    }

    public EvaluationInputs(TallyLedger ledger, OverrideStore overrides, ActivationDecisionStore decisions,
                            Clock clock) {
        this.ledger = ledger;
        this.overrides = overrides;
        this.decisions = decisions;
        this.clock = clock;
        this.currentData = new CurrentData(ledger);
    }

    /** Today in the policy's zone. */
    public LocalDate today(PolicyDefinition definition) {
        return definition.today(clock.instant());
    }

    /** The day a question is answered for: today, or the day of {@code knownAt} in the policy's zone. */
    public LocalDate asOf(PolicyDefinition definition, Instant knownAt) {
        return knownAt == null ? today(definition) : definition.today(knownAt);
    }

    /** The current data; inside a writing transaction, pass {@code keep = false}. */
    public DailyAggregates currentData(boolean keep) {
        return currentData.read(keep);
    }

    /** The input as the data is now ({@code knownAt} null) or as it was known at an instant, for a reading caller. */
    public EvaluationInput of(PolicyDefinition definition, Instant knownAt) {
        return knownAt == null ? current(definition, true) : of(List.of(definition), knownAt).getFirst();
    }

    /**
     * The inputs of several policies, for a reading caller, each the one {@link #of(PolicyDefinition, Instant)} gives
     * it, with the data read once for all of them: as it is now ({@code knownAt} null), or as it was known at an
     * instant over the days from the earliest any of them looks back to to the latest day any of them answers for,
     * each policy then given its own days of that read.
     */
    public List<EvaluationInput> of(List<PolicyDefinition> definitions, Instant knownAt) {
        if (knownAt == null) {
            DailyAggregates data = currentData.read(true);
            return definitions.stream().map(definition -> current(definition, data)).toList();
        }
        List<Reach> reaches = definitions.stream().map(definition -> new Reach(definition, knownAt)).toList();
        List<Reach> reading = reaches.stream().filter(Reach::reads).toList();
        DailyAggregates known = reading.isEmpty() ? DailyAggregates.empty() : knownAt(
            reading.stream().map(Reach::first).min(LocalDate::compareTo).orElseThrow(),
            reading.stream().map(Reach::asOf).max(LocalDate::compareTo).orElseThrow(), knownAt);
        return reaches.stream().map(reach -> new EvaluationInput(reach.definition(),
            reach.reads() ? known.between(reach.first(), reach.asOf()) : DailyAggregates.empty(),
            overrides.list(reach.definition().id(), knownAt), reach.asOf(), Map.of(),
            decisions.list(reach.definition().id(), knownAt))).toList();
    }

    /**
     * The days a policy's evaluation as known at an instant reads: from its first day less the longest it looks back
     * ({@code first}) to the day the question is answered for ({@code asOf}); none when that day comes before.
     */
    private record Reach(PolicyDefinition definition, LocalDate first, LocalDate asOf) {

        Reach(PolicyDefinition definition, Instant knownAt) {
            this(definition, definition.startsOn().minusDays(definition.maxLookBack()), definition.today(knownAt));
        }

        boolean reads() {
            return !asOf.isBefore(first);
        }
    }

    /**
     * The data of the days from {@code from} to {@code to} as known at {@code knownAt}: from a kept read that spans
     * them, or read from the ledger and kept if the instant is not later than now (an answer about the future can
     * still change).
     */
    private DailyAggregates knownAt(LocalDate from, LocalDate to, Instant knownAt) {
        KnownRead kept = known.getIfPresent(knownAt);
        if (kept != null && kept.covers(from, to)) {
            return kept.data().between(from, to);
        }
        boolean past = !knownAt.isAfter(clock.instant());
        DailyAggregates data = ledger.aggregatesKnownAt(from, to, knownAt);
        if (past) {
            known.put(knownAt, new KnownRead(from, to, data));
        }
        return data;
    }

    /** The input on the current data; inside a writing transaction, pass {@code keep = false}. */
    public EvaluationInput current(PolicyDefinition definition, boolean keep) {
        return current(definition, currentData.read(keep));
    }

    /** The input on {@code data}, the current data read once for several policies. */
    public EvaluationInput current(PolicyDefinition definition, DailyAggregates data) {
        return new EvaluationInput(definition, data, overrides.list(definition.id(), null), today(definition),
            Map.of(), decisions.list(definition.id(), null));
    }

    /** The current data with its ledger version, read inside a writing transaction (see {@link #share}). */
    public CurrentData.Snapshot currentWriting() {
        return currentData.readWriting();
    }

    /**
     * Offers the data a writing transaction read to the readers, once that transaction has committed: the next
     * readers of the same version then evaluate the very object the writer evaluated, which the evaluation's cache
     * answers without evaluating again.
     */
    public void share(CurrentData.Snapshot committed) {
        currentData.share(committed);
    }
}
