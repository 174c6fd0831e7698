package org.surgepolicy.domain.explanation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why a value an answer would give is null: a code for programs, a sentence for people, and the missing days when
 * missing days are the reason. Every answer that can leave a value out says why beside it, under the value's name.
 *
 * @param missingDays the days whose absence is the reason, oldest first (empty when days are not the reason)
 */
public record Unavailable(Reason reason, String message, List<LocalDate> missingDays) {

    public Unavailable {
        Objects.requireNonNull(reason, "reason");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an unavailable value needs a message saying why");
        }
        missingDays = List.copyOf(missingDays);
    }

    public static Unavailable because(Reason reason, String message) {
        return new Unavailable(reason, message, List.of());
    }

    /** Every reason a value can be missing for, across the service's answers. */
    public enum Reason {
        /** No day is reported at all. */
        NO_DATA,
        /** The day has no tally at all: missing, which is not zero. */
        DAY_MISSING,
        /** A window needs days that are missing, so it has no average. */
        WINDOW_INCOMPLETE,
        /** The newest reported day lies before the first day the policy looks at. */
        BEFORE_LOOK_BACK,
        /** The day lies before the policy starts or after it ends: it has no state. */
        NOT_IN_FORCE,
        /** The value belongs to another state than the one the policy is in. */
        NOT_IN_THIS_STATE,
        /** The rule has the policy discontinued: only an activation, not a discontinuation, can come next. */
        DISCONTINUED,
        /** The change could only come after the policy's end date. */
        AFTER_POLICY_END,
        /** No series of days below the threshold can discontinue the policy (a threshold of 0). */
        NO_DISCONTINUATION_POSSIBLE,
        /** The data already gives everything the projection needs: no day had to be assumed. */
        NOTHING_ASSUMED,
        /** No override applies. */
        NO_OVERRIDE,
        /** Nothing known or assumed changes the state within view. */
        NO_CHANGE_IN_VIEW,
        /** The publication has no statistics for that month yet. */
        NOT_PUBLISHED,
        /** The ledger has no reported day in that month. */
        NOT_IN_LEDGER,
        /** A sweep's combination of parameters contradicts itself, so it was not run. */
        INVALID_COMBINATION,
        /** The run over the history never reached that event. */
        NEVER_HAPPENED,
        /** The policy has no cap on its days in effect. */
        NO_CAP
    }
}
