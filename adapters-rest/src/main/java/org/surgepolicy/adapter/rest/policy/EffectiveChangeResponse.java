package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import org.surgepolicy.domain.rule.EffectiveChange;

/**
 * The earliest day the effective state could start or stop applying.
 *
 * @param on          the first day of the new effective state
 * @param cause       what changes it: the rule, an override starting or ending, or the policy's end
 * @param description the same in a sentence
 */
public record EffectiveChangeResponse(LocalDate on, EffectiveChange.Cause cause, String description) {
}
