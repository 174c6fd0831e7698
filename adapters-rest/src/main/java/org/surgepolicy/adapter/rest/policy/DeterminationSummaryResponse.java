package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import org.surgepolicy.domain.rule.DeterminationType;

/** A determination without its evidence: when, what, in effect from when, under which version. */
public record DeterminationSummaryResponse(LocalDate date, DeterminationType type, LocalDate effectiveOn,
                                           String version) {
}
