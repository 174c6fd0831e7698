package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;

/**
 * One day of a timeline.
 *
 * @param counted       the day's counted encounters, or null when the day is missing
 * @param average       the average of the window ending that day, or null when it is undefined
 * @param state         the rule's state after the day's step
 * @param determination the type of the determination made that day, or null
 * @param since         the day the rule's state began
 * @param overrideId    the override that sets the effective state that day, or null
 */
public record TimelineDayResponse(LocalDate date, Long counted, BigDecimal average, PolicyStateKind state,
                                  PolicyStateKind effectiveState, String version,
                                  int daysBelowDiscontinuationThreshold, DeterminationType determination,
                                  LocalDate since, LocalDate discontinuationEffectiveOn,
                                  LocalDate reactivationEffectiveOn, Long overrideId) {
}
