package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A factual finding on {@code date} that the activation or the discontinuation condition is met, with the change it
 * causes and its evidence.
 *
 * @param effectiveOn the day the change it causes takes effect: the same day for a cancellation, and for a finding that
 *                    changes nothing (a discretionary one not acted on, one marked cap reached)
 * @param versionId   the version in force on {@code date}
 * @param capReached  whether the period's cap on days in effect was used up, so that it changed nothing
 */
public record Determination(LocalDate date, DeterminationType type, LocalDate effectiveOn, String versionId,
                            String citation, Evidence evidence, boolean capReached) {

    public Determination {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A determination the cap did not stop. */
    public Determination(LocalDate date, DeterminationType type, LocalDate effectiveOn, String versionId,
                         String citation, Evidence evidence) {
        this(date, type, effectiveOn, versionId, citation, evidence, false);
    }

    /** The trigger it rests on, or null when the trigger has no name. */
    public String trigger() {
        return evidence.trigger();
    }

    /** The first day of data looked at. */
    public LocalDate from() {
        return evidence.windows().getFirst().average().from();
    }

    /** The last day of data looked at. */
    public LocalDate to() {
        return evidence.windows().getLast().average().to();
    }
}
