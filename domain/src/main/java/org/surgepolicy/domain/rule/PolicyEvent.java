package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyOverride;

/** Something that happened to a policy on a day. */
public sealed interface PolicyEvent {

    LocalDate date();

    /** A determination was made (a change, or a finding that changes nothing, as the determination says). */
    record DeterminationMade(LocalDate date, Determination determination) implements PolicyEvent {
    }

    /** A pending discontinuation reached its effective date. */
    record DiscontinuationTookEffect(LocalDate date) implements PolicyEvent {
    }

    /** A determined reactivation reached its effective date. */
    record ReactivationTookEffect(LocalDate date) implements PolicyEvent {
    }

    /** An override began to apply. */
    record OverrideStarted(LocalDate date, PolicyOverride override) implements PolicyEvent {
    }

    /** An override stopped applying (the day after its last day). */
    record OverrideEnded(LocalDate date, PolicyOverride override) implements PolicyEvent {
    }

    /** An activation decision acted on the day's discretionary finding: the policy is in effect from {@code on}. */
    record ActivationDecided(LocalDate date, ActivationDecision decision, LocalDate on) implements PolicyEvent {
    }

    /** An activation decision of that day had no effect, for the reason given. */
    record DecisionWithoutEffect(LocalDate date, ActivationDecision decision, DecisionCheck.Refused why)
        implements PolicyEvent {
    }

    /** The period's cap on days in effect was used up the day before: no activation before {@code availableFrom}. */
    record CapUsedUp(LocalDate date, LocalDate availableFrom) implements PolicyEvent {
    }

    /** A new period of the cap began after a cap reached: activation is possible again. */
    record CapPeriodBegan(LocalDate date) implements PolicyEvent {
    }
}
