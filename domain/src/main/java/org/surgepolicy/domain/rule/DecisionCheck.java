package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/** Whether an activation decision may be made, as {@link ActivationDecisions#check} says. */
public sealed interface DecisionCheck {

    /** The decision acts: the policy is in effect from {@code effectiveOn}. */
    record Allowed(Determination cited, LocalDate effectiveOn) implements DecisionCheck {

        public Allowed {
            Objects.requireNonNull(cited, "cited");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
        }
    }

    /** The decision would have no effect, for a reason given as a code and a sentence. */
    record Refused(Reason reason, String message) implements DecisionCheck {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why a decision has no effect. */
    enum Reason {
        /** The day lies outside the days the policy has a state, or after the day evaluated through. */
        OUTSIDE_THE_TIMELINE,
        /** No discretionary determination was made on the cited date. */
        NO_DISCRETIONARY_DETERMINATION,
        /** The cited discretionary determination was marked cap reached: activation is not possible. */
        CAP_REACHED,
        /** The discretionary condition did not hold on every day from the cited determination to the decision. */
        NO_LONGER_STANDING,
        /** Another decision of the same day already acted. */
        ALREADY_DECIDED
    }
}
