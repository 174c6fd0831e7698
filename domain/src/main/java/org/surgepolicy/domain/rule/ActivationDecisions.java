package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.Trigger;
import org.surgepolicy.domain.policy.TriggerKind;
import org.surgepolicy.domain.rule.DecisionCheck.Reason;
import org.surgepolicy.domain.rule.DecisionCheck.Refused;

/**
 * Whether an activation decision made on a day, citing a discretionary determination, activates the policy. It does
 * when a discretionary determination not marked cap reached stands on every day from the cited date to the day of
 * the decision (the engine makes one on each day the discretionary condition holds while the policy is discontinued
 * and nothing else happens), and no other decision of that day acted; the policy is then in effect from the day of
 * the decision plus the version's activation delay.
 */
public final class ActivationDecisions {

    private ActivationDecisions() {
    }

    /**
     * Whether a decision made on {@code decidedOn} citing the determination of {@code determinationDate} acts, given
     * the timeline (with the decisions already recorded) through {@code decidedOn} at least.
     */
    public static DecisionCheck check(Timeline timeline, LocalDate determinationDate, LocalDate decidedOn) {
        PolicyDefinition definition = timeline.definition();
        if (decidedOn.isBefore(determinationDate)) {
            return new Refused(Reason.NO_LONGER_STANDING, "a decision of " + decidedOn + " cannot cite the"
                + " determination of " + determinationDate + ", which comes after it");
        }
        for (LocalDate day : new LocalDate[] {determinationDate, decidedOn}) {
            if (timeline.day(day).isEmpty()) {
                return new Refused(Reason.OUTSIDE_THE_TIMELINE, "policy " + definition.id() + " has no state on "
                    + day + (timeline.last().map(last -> ", the days evaluated run to " + last.date()).orElse("")));
            }
        }
        Optional<Refused> notDiscretionary = standing(definition, timeline.day(determinationDate).orElseThrow());
        if (notDiscretionary.isPresent()) {
            return notDiscretionary.get();
        }
        for (LocalDate day = determinationDate.plusDays(1); !day.isAfter(decidedOn); day = day.plusDays(1)) {
            if (standing(definition, timeline.day(day).orElseThrow()).isPresent()) {
                return new Refused(Reason.NO_LONGER_STANDING, "the discretionary condition found on "
                    + determinationDate + " no longer stood on " + day + ": no discretionary determination was"
                    + " made that day, so a decision of " + decidedOn + " cannot act on it");
            }
        }
        TimelineDay decisionDay = timeline.day(decidedOn).orElseThrow();
        Optional<PolicyEvent.ActivationDecided> acted = decisionDay.events().stream()
            .filter(PolicyEvent.ActivationDecided.class::isInstance).map(PolicyEvent.ActivationDecided.class::cast)
            .findFirst();
        if (acted.isPresent()) {
            return new Refused(Reason.ALREADY_DECIDED, "the decision recorded by " + acted.get().decision().authority()
                + " on " + decidedOn + " already activated the policy from " + acted.get().on());
        }
        PolicyVersion version = definition.versionOn(decidedOn);
        return new DecisionCheck.Allowed(timeline.day(determinationDate).orElseThrow().determination(),
            decidedOn.plusDays(version.parameters().activationDelay()));
    }

    /** Why no discretionary determination stands on a day, if none does. */
    private static Optional<Refused> standing(PolicyDefinition definition, TimelineDay day) {
        Determination determination = day.determination();
        if (determination == null) {
            return Optional.of(new Refused(Reason.NO_DISCRETIONARY_DETERMINATION, "no determination was made on "
                + day.date() + ", so no discretionary determination stands then (the rule has the policy "
                + day.state().kind() + " since " + day.state().since() + ")"));
        }
        PolicyVersion version = definition.version(determination.versionId()).orElseThrow();
        int index = determination.trigger() == null ? 0
            : version.parameters().triggerIndex(determination.trigger());
        Trigger trigger = version.parameters().triggers().get(index);
        boolean acted = day.events().stream().anyMatch(PolicyEvent.ActivationDecided.class::isInstance);
        boolean changedNothing = switch (day.state()) {
            case Discontinued ignored -> true;
            case CapReached ignored -> true;
            case InEffect ignored -> false;
            case DiscontinuationPending ignored -> false;
        };
        if (determination.type() != DeterminationType.HIGH || trigger.kind() != TriggerKind.DISCRETIONARY) {
            return Optional.of(new Refused(Reason.NO_DISCRETIONARY_DETERMINATION, "the determination of "
                + day.date() + " is a " + determination.type() + (determination.trigger() == null ? ""
                : " of the " + trigger.kind() + " trigger " + determination.trigger())
                + ", not a discretionary finding that a decision could act on"));
        }
        if (!acted && !changedNothing) {
            return Optional.of(new Refused(Reason.NO_DISCRETIONARY_DETERMINATION, "the determination of "
                + day.date() + " cancelled a pending discontinuation on the release threshold of "
                + determination.trigger() + ": it is not a discretionary finding that a decision could act on"));
        }
        if (determination.capReached()) {
            return Optional.of(new Refused(Reason.CAP_REACHED, "the " + determination.trigger() + " determination of "
                + day.date() + " is marked cap reached: the period's days in effect are used up, so the policy"
                + " cannot be activated before the next period begins"));
        }
        return Optional.empty();
    }
}
