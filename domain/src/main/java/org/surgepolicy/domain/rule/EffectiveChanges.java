package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.surgepolicy.domain.explanation.Explanations;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;

/**
 * The earliest day the effective state could start or stop applying. The rule is taken to follow its projection (in
 * effect until its earliest possible discontinuation, or until the scheduled one; discontinued until a determined
 * reactivation), and the overrides apply as recorded. Under an override that keeps the policy in effect, the change
 * is thus the later of the rule's projection and the override's end.
 */
final class EffectiveChanges {

    private EffectiveChanges() {
    }

    static EffectiveChange earliest(PolicyDefinition definition, PolicyState rule, Projection projection,
                                    List<PolicyOverride> overrides, LocalDate asOf,
                                    PolicyStateKind effectiveToday) {
        LocalDate ruleChange = ruleChange(rule, projection);
        TreeSet<LocalDate> candidates = new TreeSet<>();
        if (ruleChange != null) {
            candidates.add(ruleChange);
        }
        for (PolicyOverride override : overrides) {
            candidates.add(override.from());
            if (override.to() != null) {
                candidates.add(override.to().plusDays(1));
            }
        }
        definition.end().ifPresent(end -> candidates.add(end.plusDays(1)));
        boolean appliesToday = effectiveToday.inEffect();
        for (LocalDate day : candidates.tailSet(asOf, false)) {
            if (applies(definition, rule, ruleChange, overrides, day) != appliesToday) {
                return new EffectiveChange(day, cause(definition, rule, ruleChange, overrides, day),
                    description(definition, rule, projection, overrides, day));
            }
        }
        return null;
    }

    /** Why no change is in view. */
    static Unavailable none(PolicyDefinition definition, PolicyState rule, Projection projection,
                            PolicyOverride today, PolicyVersion version, Explanations why) {
        if (today != null && today.to() == null) {
            return Unavailable.because(Reason.NO_CHANGE_IN_VIEW, "the override in force since " + today.from()
                + " (" + today.state() + ", " + today.authority() + ") has no end date");
        }
        String nothing = "nothing known or assumed changes whether policy " + definition.id() + " applies: ";
        return switch (rule) {
            case Discontinued discontinued ->
                Unavailable.because(Reason.DISCONTINUED, Statuses.whatActivates(discontinued, version));
            case InEffect ignored -> Unavailable.because(Reason.NO_CHANGE_IN_VIEW, nothing + (projection != null
                ? "the rule could discontinue it from " + projection.discontinuationOn()
                : why.reasons().get("projection").message()));
            case DiscontinuationPending pending -> Unavailable.because(Reason.NO_CHANGE_IN_VIEW, nothing
                + "the rule discontinues it from " + pending.effectiveOn());
        };
    }

    /** The day the rule's state changes whether the policy applies, if that day is known or projected. */
    private static LocalDate ruleChange(PolicyState rule, Projection projection) {
        return switch (rule) {
            case InEffect ignored -> projection == null ? null : projection.discontinuationOn();
            case DiscontinuationPending pending -> pending.effectiveOn();
            case Discontinued discontinued -> discontinued.reactivationEffectiveOn();
        };
    }

    private static boolean ruleApplies(PolicyState rule, LocalDate ruleChange, LocalDate day) {
        boolean changed = ruleChange != null && !day.isBefore(ruleChange);
        return switch (rule) {
            case InEffect ignored -> !changed;
            case DiscontinuationPending ignored -> !changed;
            case Discontinued ignored -> changed;
        };
    }

    private static boolean applies(PolicyDefinition definition, PolicyState rule, LocalDate ruleChange,
                                   List<PolicyOverride> overrides, LocalDate day) {
        if (definition.end().filter(day::isAfter).isPresent()) {
            return false;
        }
        PolicyOverride override = PolicyEvaluator.applicable(overrides, day);
        return override != null ? override.state().inEffect() : ruleApplies(rule, ruleChange, day);
    }

    private static EffectiveChange.Cause cause(PolicyDefinition definition, PolicyState rule, LocalDate ruleChange,
                                               List<PolicyOverride> overrides, LocalDate day) {
        if (definition.end().filter(day::isAfter).isPresent()) {
            return EffectiveChange.Cause.POLICY_ENDS;
        }
        PolicyOverride override = PolicyEvaluator.applicable(overrides, day);
        PolicyOverride before = PolicyEvaluator.applicable(overrides, day.minusDays(1));
        if (override != null) {
            return EffectiveChange.Cause.OVERRIDE_STARTS;
        }
        if (before != null) {
            return EffectiveChange.Cause.OVERRIDE_ENDS;
        }
        return ruleApplies(rule, ruleChange, day)
            ? EffectiveChange.Cause.RULE_REACTIVATES : EffectiveChange.Cause.RULE_DISCONTINUES;
    }

    /** The rule's state on a coming day, as the projection has it, in words. */
    private static String ruleOn(PolicyState rule, Projection projection, LocalDate day) {
        return switch (rule) {
            case InEffect ignored -> projection == null || day.isBefore(projection.discontinuationOn())
                ? "in effect" : "discontinued, if the coming days are reported below the threshold (from "
                + projection.discontinuationOn() + " at the earliest)";
            case DiscontinuationPending pending -> day.isBefore(pending.effectiveOn())
                ? "in effect, ending on " + pending.effectiveOn() : "discontinued since " + pending.effectiveOn();
            case Discontinued discontinued -> discontinued.reactivationDetermined()
                && !day.isBefore(discontinued.reactivationEffectiveOn())
                ? "in effect again since " + discontinued.reactivationEffectiveOn()
                : "discontinued since " + discontinued.since();
        };
    }

    private static String description(PolicyDefinition definition, PolicyState rule, Projection projection,
                                      List<PolicyOverride> overrides, LocalDate day) {
        LocalDate ruleChange = ruleChange(rule, projection);
        return switch (cause(definition, rule, ruleChange, overrides, day)) {
            case POLICY_ENDS -> "Policy " + definition.id() + " ends on " + definition.endsOn()
                + ": it has no state after that day.";
            case OVERRIDE_STARTS -> {
                PolicyOverride starting = PolicyEvaluator.applicable(overrides, day);
                yield "The override recorded by " + starting.authority() + " forces " + starting.state() + " from "
                    + starting.from() + (starting.to() == null ? "." : " to " + starting.to() + ".");
            }
            case OVERRIDE_ENDS -> {
                PolicyOverride ending = PolicyEvaluator.applicable(overrides, day.minusDays(1));
                yield "The override recorded by " + ending.authority() + " ends on " + ending.to() + "; from " + day
                    + " the rule's state applies again: " + ruleOn(rule, projection, day) + ".";
            }
            case RULE_DISCONTINUES -> projection.scheduled()
                ? "The discontinuation scheduled by the LOW determination of " + projection.determinationOn()
                    + " takes effect."
                : "The rule's earliest possible discontinuation: " + projection.description();
            case RULE_REACTIVATES -> "The reactivation the rule has determined takes effect.";
        };
    }
}
