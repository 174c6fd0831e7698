package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;

/**
 * The earliest day the rule could discontinue a policy (docs/rule.md, "The projection"), and what that rests on.
 *
 * @param determinationOn   the day of the LOW determination: made already when {@code scheduled}, otherwise the first
 *                          day from tomorrow on which one could be made
 * @param discontinuationOn the first day without the policy: {@code determinationOn} plus the delay of the version in
 *                          force on it
 * @param versionId         the version in force on {@code determinationOn}
 * @param threshold         that version's discontinuation threshold
 * @param scheduled         whether the determination is made and the date scheduled, rather than projected
 * @param assumedFrom       the first day assumed reported below the threshold, or null when none is
 * @param assumedThrough    the last day assumed: the newest day the determination looks at, or null when none is
 * @param assumedDays       how many days are assumed
 */
public record Projection(LocalDate determinationOn, LocalDate discontinuationOn, String versionId, long threshold,
                         boolean scheduled, LocalDate assumedFrom, LocalDate assumedThrough, int assumedDays) {

    public Projection {
        Objects.requireNonNull(determinationOn, "determinationOn");
        Objects.requireNonNull(discontinuationOn, "discontinuationOn");
        Objects.requireNonNull(versionId, "versionId");
        if ((assumedFrom == null) != (assumedDays == 0) || (assumedFrom == null) != (assumedThrough == null)
            || assumedFrom != null && assumedThrough.toEpochDay() - assumedFrom.toEpochDay() + 1 != assumedDays) {
            throw new IllegalArgumentException("the assumed days " + assumedFrom + " to " + assumedThrough
                + " are not " + assumedDays + " days");
        }
        if (scheduled && assumedDays > 0) {
            throw new IllegalArgumentException("a scheduled discontinuation assumes nothing");
        }
    }

    /** A discontinuation already determined: nothing is assumed. */
    static Projection scheduled(DiscontinuationPending pending, String versionId, long threshold) {
        return new Projection(pending.determinedOn(), pending.effectiveOn(), versionId, threshold, true, null, null,
            0);
    }

    /** What the projection rests on, in a sentence or two. */
    public String description() {
        String below = Statuses.number(threshold);
        if (scheduled) {
            return "The LOW determination of " + determinationOn + " (" + versionId
                + ") has scheduled the discontinuation for " + discontinuationOn + ".";
        }
        String then = "a LOW determination can be made on " + determinationOn + " under " + versionId
            + ", and the policy is discontinued from " + discontinuationOn + ".";
        if (assumedDays == 0) {
            return "The data as reported already allows it: " + then;
        }
        return "If every day from " + assumedFrom + " to " + assumedThrough + " (" + assumedDays
            + (assumedDays == 1 ? " day" : " days") + ", none reported yet) is reported below " + below + ", " + then
            + " Today's determination was made with the data as it is, so none can be made before tomorrow.";
    }

    /** The reasons beside the null values of this projection. */
    public Map<String, Unavailable> unavailable() {
        Unavailable none = Unavailable.because(Unavailable.Reason.NOTHING_ASSUMED, scheduled
            ? "the determination is made: nothing needs to be assumed"
            : "the reported data already covers every day the determination looks at");
        return new Explanations().explain("assumedFrom", assumedFrom, () -> none)
            .explain("assumedThrough", assumedThrough, () -> none).reasons();
    }
}
