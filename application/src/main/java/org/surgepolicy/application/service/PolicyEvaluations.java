package org.surgepolicy.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.surgepolicy.application.port.out.OverrideStore;
import org.surgepolicy.application.port.out.PolicyCatalog;
import org.surgepolicy.application.port.out.TallyLedger;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * Evaluates policies on the data as it is now (from the maintained aggregate, cached while the data does not change)
 * or as it was known at an instant (from the raw revisions). The one place the use cases get a timeline or status.
 */
public final class PolicyEvaluations {

    private record Key(String policyId, LocalDate asOf) {
    }

    private record Cached(long dataVersion, long overridesVersion, Timeline timeline, PolicyStatus status) {
    }

    private final PolicyCatalog catalog;
    private final TallyLedger ledger;
    private final OverrideStore overrides;
    private final Clock clock;
    private final CurrentData currentData;
    private final int staleAfterDays;
    private final ConcurrentMap<Key, Cached> cache = new ConcurrentHashMap<>();

    /** @param staleAfterDays the age beyond which a status calls its newest reported day stale */
    public PolicyEvaluations(PolicyCatalog catalog, TallyLedger ledger, OverrideStore overrides, Clock clock,
                             int staleAfterDays) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("staleAfterDays must not be negative, was " + staleAfterDays);
        }
        this.catalog = catalog;
        this.ledger = ledger;
        this.overrides = overrides;
        this.clock = clock;
        this.currentData = new CurrentData(ledger);
        this.staleAfterDays = staleAfterDays;
    }

    public Optional<PolicyDefinition> definition(String policyId) {
        return policyId == null ? Optional.empty() : catalog.find(policyId);
    }

    public List<PolicyDefinition> definitions() {
        return catalog.all();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the policy's zone. */
    public LocalDate today(PolicyDefinition definition) {
        return LocalDate.ofInstant(clock.instant(), definition.timeZone());
    }

    /** The latest "today" of all the policies' zones: no tally may be dated after it. */
    public LocalDate latestToday() {
        return catalog.all().stream().map(this::today).max(LocalDate::compareTo)
            .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The day a question is answered for: today, or the day of {@code knownAt} in the policy's zone. */
    public LocalDate asOf(PolicyDefinition definition, Instant knownAt) {
        return knownAt == null ? today(definition) : LocalDate.ofInstant(knownAt, definition.timeZone());
    }

    /** The current data; inside a writing transaction, pass {@code keep = false}. */
    public DailyAggregates currentData(boolean keep) {
        return currentData.read(keep);
    }

    /** The evaluation input as the data is now ({@code knownAt} null) or as it was known at an instant. */
    public EvaluationInput input(PolicyDefinition definition, Instant knownAt, boolean keep) {
        LocalDate asOf = asOf(definition, knownAt);
        if (knownAt == null) {
            return new EvaluationInput(definition, currentData.read(keep), overrides.list(definition.id(), null),
                asOf);
        }
        LocalDate from = definition.startsOn().minusDays(definition.maxLookBack());
        DailyAggregates data = asOf.isBefore(from)
            ? DailyAggregates.empty() : ledger.aggregatesKnownAt(from, asOf, knownAt);
        return new EvaluationInput(definition, data, overrides.list(definition.id(), knownAt), asOf);
    }

    public Timeline timeline(PolicyDefinition definition, Instant knownAt) {
        return evaluate(definition, knownAt, true).timeline();
    }

    public PolicyStatus status(PolicyDefinition definition, Instant knownAt) {
        return evaluate(definition, knownAt, true).status();
    }

    /** The timeline and status on the current data, for a caller inside a writing transaction (nothing is cached). */
    public PolicyEvaluator.Evaluation fresh(PolicyDefinition definition) {
        Cached evaluation = evaluate(definition, null, false);
        return new PolicyEvaluator.Evaluation(evaluation.timeline(), evaluation.status());
    }

    private Cached evaluate(PolicyDefinition definition, Instant knownAt, boolean keep) {
        if (knownAt != null) {
            EvaluationInput input = input(definition, knownAt, false);
            return compute(-1, -1, input);
        }
        LocalDate asOf = today(definition);
        Key key = new Key(definition.id(), asOf);
        long dataVersion = ledger.version();
        long overridesVersion = overrides.version();
        Cached cached = cache.get(key);
        if (cached != null && cached.dataVersion == dataVersion && cached.overridesVersion == overridesVersion) {
            return cached;
        }
        List<PolicyOverride> policyOverrides = overrides.list(definition.id(), null);
        EvaluationInput input = new EvaluationInput(definition, currentData.read(keep), policyOverrides, asOf);
        Cached computed = compute(dataVersion, overridesVersion, input);
        if (keep) {
            cache.keySet().removeIf(k -> k.policyId.equals(definition.id()) && !k.asOf.equals(asOf));
            cache.put(key, computed);
        }
        return computed;
    }

    private Cached compute(long dataVersion, long overridesVersion, EvaluationInput input) {
        PolicyEvaluator.Evaluation evaluation = PolicyEvaluator.evaluateWithStatus(input, staleAfterDays);
        return new Cached(dataVersion, overridesVersion, evaluation.timeline(), evaluation.status());
    }
}
