package org.surgepolicy.domain.rule;

import java.time.Instant;
import java.time.LocalDate;

/** A restatement as first detected. */
public record RecordedRestatement(String policyId, LocalDate date, DeterminationType type, Restatement.Kind kind,
                                  String description, Instant detectedAt) {
}
