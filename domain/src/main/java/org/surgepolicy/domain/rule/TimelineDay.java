package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * Everything the engine says of one day (docs/rule.md, on what "now" says).
 *
 * @param counted        the counted encounters under the version in force, or null when the day is missing
 * @param average        the average of the window ending that day, or null when it is undefined
 * @param state          the rule's state after the day's step
 * @param effectiveState the state that applies: an override's while one lasts, the rule's otherwise
 * @param effectiveSince the day the effective state began: the override's first day while one applies, otherwise the
 *                       day the rule's state began, or the day an override stopped deciding it
 * @param override       the override that applies that day, or null
 * @param daysBelow      the consecutive days ending that day whose average is below the release (discontinuation)
 *                       threshold: of the trigger that activated the policy while it is in effect, of the version's
 *                       first trigger otherwise
 * @param determination  the determination made that day, or null
 * @param events         what happened that day, in order
 * @param missingDays    the days of the window ending that day that are missing (empty when it has an average)
 * @param cap            the use of the period's cap on days in effect at the end of the day, or null when the policy
 *                       has no cap
 */
public record TimelineDay(LocalDate date, Long counted, WindowAverage average, PolicyState state,
                          PolicyStateKind effectiveState, LocalDate effectiveSince, PolicyOverride override,
                          String versionId, int daysBelow, Determination determination, List<PolicyEvent> events,
                          List<LocalDate> missingDays, CapUsage cap) {

    public TimelineDay {
        events = List.copyOf(events);
        missingDays = List.copyOf(missingDays);
        if (missingDays.isEmpty() == (average == null)) {
            throw new IllegalArgumentException(date + ": a window has an average exactly when none of its days is "
                + "missing");
        }
    }

    /** Why the day's count, average or use of the cap is null, by name. */
    public Map<String, Unavailable> unavailable() {
        Unavailable noCap = Unavailable.because(Unavailable.Reason.NO_CAP, "the policy has no cap on its days in"
            + " effect");
        return new Explanations()
            .explain("counted", counted, () -> Unavailable.because(Unavailable.Reason.DAY_MISSING, "no tally is "
                + "reported for " + date + ": a missing day is not zero"))
            .explain("average", average, () -> new Unavailable(Unavailable.Reason.WINDOW_INCOMPLETE, "the window "
                + "ending " + date + " lacks " + missingDays.size() + (missingDays.size() == 1 ? " day" : " days")
                + " (" + DayRanges.of(missingDays) + ")", missingDays))
            .explain("capDaysUsed", cap, () -> noCap)
            .explain("capDaysLeft", cap, () -> noCap)
            .reasons();
    }

    /** The same day with one more event, after the others. */
    TimelineDay withEvent(PolicyEvent event) {
        List<PolicyEvent> more = new ArrayList<>(events);
        more.add(event);
        return new TimelineDay(date, counted, average, state, effectiveState, effectiveSince, override, versionId,
            daysBelow, determination, more, missingDays, cap);
    }

    public Optional<Determination> determinationMade() {
        return Optional.ofNullable(determination);
    }

    /** The days in effect of the cap's period up to and including this day, or null without a cap. */
    public Integer capDaysUsed() {
        return cap == null ? null : cap.used();
    }

    /** The days in effect the cap's period still allows after this day, or null without a cap. */
    public Integer capDaysLeft() {
        return cap == null ? null : cap.left();
    }

    /** The trigger of the day's determination, or null when none was made or its trigger has no name. */
    public String trigger() {
        return determination == null ? null : determination.trigger();
    }

    /** Whether the day's determination was marked cap reached: it changed nothing. */
    public boolean capReached() {
        return determination != null && determination.capReached();
    }
}
