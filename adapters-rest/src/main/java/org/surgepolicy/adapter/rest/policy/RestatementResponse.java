package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.Restatement;

/**
 * A difference between a recorded determination and what the current data yields.
 *
 * @param recorded the determination as first recorded, or null when the data now yields one never recorded
 * @param current  the determination the current data yields, or null when it yields none on that date
 * @param unavailable why {@code recorded} or {@code current} is null
 */
public record RestatementResponse(LocalDate date, DeterminationType type, Restatement.Kind kind, String description,
                                  RecordedDeterminationResponse recorded, DeterminationResponse current,
                                  Map<String, UnavailableResponse> unavailable) {
}
