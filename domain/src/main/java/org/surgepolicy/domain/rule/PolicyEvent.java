package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyOverride;

/** Something that happened to a policy on a day. */
public sealed interface PolicyEvent {

    LocalDate date();

    /** A determination was made, and changed the rule's state. */
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
}
