package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Restatement;

/**
 * A difference between a recorded determination and what the current data yields.
 *
 * @param recorded the determination as first recorded, or null when the data now yields one never recorded
 * @param current  the determination the current data yields, or null when it yields none on that date
 */
public record RestatementResponse(LocalDate date, DeterminationType type, Restatement.Kind kind, String description,
                                  RecordedDeterminationResponse recorded, DeterminationResponse current) {
}
