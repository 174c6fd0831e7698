package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * Everything the engine says of one day (policy.md section 5).
 *
 * @param counted        the counted encounters under the version in force, or null when the day is missing
 * @param average        the average of the window ending that day, or null when it is undefined
 * @param state          the rule's state after the day's step
 * @param effectiveState the state that applies: an override's while one lasts, the rule's otherwise
 * @param override       the override that applies that day, or null
 * @param daysBelow      the consecutive days ending that day whose average is below the discontinuation threshold
 * @param determination  the determination made that day, or null
 * @param events         what happened that day, in order
 */
public record TimelineDay(LocalDate date, Long counted, WindowAverage average, PolicyState state,
                          PolicyStateKind effectiveState, PolicyOverride override, String versionId, int daysBelow,
                          Determination determination, List<PolicyEvent> events) {

    public TimelineDay {
        events = List.copyOf(events);
    }

    public Optional<Determination> determinationMade() {
        return Optional.ofNullable(determination);
    }
}
