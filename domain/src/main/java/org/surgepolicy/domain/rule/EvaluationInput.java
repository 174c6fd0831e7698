package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * Everything an evaluation is a function of.
 *
 * @param through      the last day to evaluate (today, in the policy's zone)
 * @param replacements counted totals that replace a day's data under every counting rule (simulations)
 * @param decisions    the activation decisions recorded, which act inside the rule on the days they were made
 */
public record EvaluationInput(PolicyDefinition definition, DailyAggregates data, List<PolicyOverride> overrides,
                              LocalDate through, Map<LocalDate, Long> replacements,
                              List<ActivationDecision> decisions) {

    public EvaluationInput {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(through, "through");
        overrides = List.copyOf(overrides);
        replacements = Map.copyOf(replacements);
        decisions = List.copyOf(decisions);
    }

    /** An input without activation decisions. */
    public EvaluationInput(PolicyDefinition definition, DailyAggregates data, List<PolicyOverride> overrides,
                           LocalDate through, Map<LocalDate, Long> replacements) {
        this(definition, data, overrides, through, replacements, List.of());
    }

    public EvaluationInput(PolicyDefinition definition, DailyAggregates data, List<PolicyOverride> overrides,
                           LocalDate through) {
        this(definition, data, overrides, through, Map.of());
    }

    /** The newest day with data (reported, or given by a replacement) on or before {@code through}. */
    public LocalDate dataThrough() {
        LocalDate newest = data.newestDay(through).orElse(null);
        for (LocalDate day : replacements.keySet()) {
            if (!day.isAfter(through) && (newest == null || day.isAfter(newest))) {
                newest = day;
            }
        }
        return newest;
    }
}
