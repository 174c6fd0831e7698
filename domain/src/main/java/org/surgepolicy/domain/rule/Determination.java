package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A factual finding on {@code date} that the activation or the discontinuation condition is met, with the change it
 * causes and its evidence.
 *
 * @param effectiveOn the day the change it causes takes effect (the same day for a cancellation)
 * @param versionId   the version in force on {@code date}
 */
public record Determination(LocalDate date, DeterminationType type, LocalDate effectiveOn, String versionId,
                            String citation, Evidence evidence) {

    public Determination {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(evidence, "evidence");
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
