package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.CapReached;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.Discontinued;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyState;

/**
 * What the rule's state says, flattened for a response: its name, since when, and the change it has scheduled.
 *
 * @param discontinuationEffectiveOn the first day without the policy, while a discontinuation is pending
 * @param reactivationEffectiveOn    the day a determined reactivation takes effect, while discontinued
 */
record RuleState(PolicyStateKind state, LocalDate since, LocalDate discontinuationEffectiveOn,
                 LocalDate reactivationEffectiveOn) {

    static final RuleState NONE = new RuleState(null, null, null, null);

    /** A new state must be shown here: the switch does not compile until it is. */
    static RuleState of(PolicyState state) {
        return switch (state) {
            case null -> NONE;
            case InEffect inEffect -> new RuleState(PolicyStateKind.IN_EFFECT, inEffect.since(), null, null);
            case DiscontinuationPending pending -> new RuleState(PolicyStateKind.DISCONTINUATION_PENDING,
                pending.since(), pending.effectiveOn(), null);
            case Discontinued discontinued -> new RuleState(PolicyStateKind.DISCONTINUED, discontinued.since(), null,
                discontinued.reactivationEffectiveOn());
            case CapReached capReached -> new RuleState(PolicyStateKind.DISCONTINUED, capReached.since(), null, null);
        };
    }
}
