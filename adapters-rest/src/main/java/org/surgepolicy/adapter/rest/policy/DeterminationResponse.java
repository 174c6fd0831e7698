package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import org.surgepolicy.domain.rule.DeterminationType;

/**
 * A determination with its evidence.
 *
 * @param from the first day of data looked at
 * @param to   the last day of data looked at
 */
public record DeterminationResponse(LocalDate date, DeterminationType type, LocalDate from, LocalDate to,
                                    LocalDate effectiveOn, String version, String citation,
                                    EvidenceResponse evidence) {
}
