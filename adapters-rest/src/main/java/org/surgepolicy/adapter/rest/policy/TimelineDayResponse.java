package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;

/**
 * One day of a timeline.
 *
 * @param counted        the day's counted encounters, or null when the day is missing (see {@code unavailable})
 * @param average        the average of the window ending that day, or null when it is undefined (see
 *                       {@code unavailable}, which names the window's missing days)
 * @param state          the rule's state after the day's step
 * @param since          the day the rule's state began
 * @param effectiveState the state that applies: an override's while one does, otherwise the rule's
 * @param effectiveSince the day the effective state began: the override's first day while one applies
 * @param determination  the type of the determination made that day, or null when none is
 * @param overrideId     the override that sets the effective state that day, or null when none does
 * @param overrideFrom   that override's first day
 * @param overrideTo     that override's last day, or null when it has no end
 * @param unavailable    why {@code counted} or {@code average} is null
 */
public record TimelineDayResponse(LocalDate date, Long counted, BigDecimal average, PolicyStateKind state,
                                  LocalDate since, PolicyStateKind effectiveState, LocalDate effectiveSince,
                                  String version, int daysBelowDiscontinuationThreshold,
                                  DeterminationType determination, LocalDate discontinuationEffectiveOn,
                                  LocalDate reactivationEffectiveOn, Long overrideId, LocalDate overrideFrom,
                                  LocalDate overrideTo, Map<String, UnavailableResponse> unavailable) {
}
