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
 * effect until its earliest possible discontinuation, or until the scheduled one, or until its cap is used up if that
 * comes first; discontinued until a determined reactivation), and the overrides apply as recorded. Under an override
 * that keeps the policy in effect, the change is thus the later of the rule's and the override's end.
 */
final class EffectiveChanges {

    private EffectiveChanges() {
    }

    /** The first day without the policy by its cap, if it stays in effect until then, and that in a sentence. */
    record CapEnd(LocalDate on, String description) {
    }

    static EffectiveChange earliest(PolicyDefinition definition, PolicyState rule, Projection projection,
                                    CapEnd capEnd, List<PolicyOverride> overrides, LocalDate asOf,
                                    PolicyStateKind effectiveToday) {
        LocalDate ruleChange = ruleChange(rule, projection, capEnd);
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
                return new EffectiveChange(day, cause(definition, rule, ruleChange, byCap(rule, projection, capEnd),
                    overrides, day), description(definition, rule, projection, capEnd, overrides, day));
            }
        }
        return null;
    }

    /** Why no change is in view. */
    static Unavailable none(PolicyDefinition definition, PolicyState rule, Projection projection, CapEnd capEnd,
                            PolicyOverride today, PolicyVersion version, Explanations why) {
        if (today != null && today.to() == null) {
            return Unavailable.because(Reason.NO_CHANGE_IN_VIEW, "the override in force since " + today.from()
                + " (" + today.state() + ", " + today.authority() + ") has no end date");
        }
        String nothing = "nothing known or assumed changes whether policy " + definition.id() + " applies: ";
        LocalDate ruleChange = ruleChange(rule, projection, capEnd);
        return switch (rule) {
            case Discontinued ignored -> Unavailable.because(Reason.DISCONTINUED, Statuses.whatActivates(rule, version));
            case CapReached ignored -> Unavailable.because(Reason.DISCONTINUED, Statuses.whatActivates(rule, version));
            case InEffect ignored -> Unavailable.because(Reason.NO_CHANGE_IN_VIEW, nothing + (ruleChange != null
                ? "the rule could discontinue it from " + ruleChange
                : why.reasons().get("projection").message()));
            case DiscontinuationPending ignored -> Unavailable.because(Reason.NO_CHANGE_IN_VIEW, nothing
                + "the rule discontinues it from " + ruleChange);
        };
    }

    /** The day the rule's state changes whether the policy applies, if that day is known or projected. */
    private static LocalDate ruleChange(PolicyState rule, Projection projection, CapEnd capEnd) {
        return switch (rule) {
            case InEffect ignored -> earlier(projection == null ? null : projection.discontinuationOn(), capEnd);
            case DiscontinuationPending pending -> earlier(pending.effectiveOn(), capEnd);
            case Discontinued discontinued -> discontinued.reactivationEffectiveOn();
            case CapReached ignored -> null;
        };
    }

    /** Whether the cap, rather than the release, is what ends a policy in effect first. */
    private static boolean byCap(PolicyState rule, Projection projection, CapEnd capEnd) {
        LocalDate release = switch (rule) {
            case InEffect ignored -> projection == null ? null : projection.discontinuationOn();
            case DiscontinuationPending pending -> pending.effectiveOn();
            case Discontinued ignored -> null;
            case CapReached ignored -> null;
        };
        return capEnd != null && rule.kind().inEffect() && (release == null || capEnd.on().isBefore(release));
    }

    private static LocalDate earlier(LocalDate release, CapEnd capEnd) {
        if (capEnd == null || release != null && !capEnd.on().isBefore(release)) {
            return release;
        }
        return capEnd.on();
    }

    private static boolean ruleApplies(PolicyState rule, LocalDate ruleChange, LocalDate day) {
        boolean changed = ruleChange != null && !day.isBefore(ruleChange);
        return switch (rule) {
            case InEffect ignored -> !changed;
            case DiscontinuationPending ignored -> !changed;
            case Discontinued ignored -> changed;
            case CapReached ignored -> false;
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
                                               boolean byCap, List<PolicyOverride> overrides, LocalDate day) {
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
        if (ruleApplies(rule, ruleChange, day)) {
            return EffectiveChange.Cause.RULE_REACTIVATES;
        }
        return byCap ? EffectiveChange.Cause.CAP_REACHED : EffectiveChange.Cause.RULE_DISCONTINUES;
    }

    /** The rule's state on a coming day, as the projection has it, in words. */
    private static String ruleOn(PolicyState rule, Projection projection, CapEnd capEnd, LocalDate day) {
        if (capEnd != null && byCap(rule, projection, capEnd) && !day.isBefore(capEnd.on())) {
            return "discontinued, its cap on days in effect being used up (from " + capEnd.on() + ")";
        }
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
            case CapReached capReached -> "discontinued since " + capReached.since() + ", its cap being used up";
        };
    }

    private static String description(PolicyDefinition definition, PolicyState rule, Projection projection,
                                      CapEnd capEnd, List<PolicyOverride> overrides, LocalDate day) {
        LocalDate ruleChange = ruleChange(rule, projection, capEnd);
        return switch (cause(definition, rule, ruleChange, byCap(rule, projection, capEnd), overrides, day)) {
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
                    + " the rule's state applies again: " + ruleOn(rule, projection, capEnd, day) + ".";
            }
            case RULE_DISCONTINUES -> projection.scheduled()
                ? "The discontinuation scheduled by the LOW determination of " + projection.determinationOn()
                    + " takes effect."
                : "The rule's earliest possible discontinuation: " + projection.description();
            case RULE_REACTIVATES -> "The reactivation the rule has determined takes effect.";
            case CAP_REACHED -> capEnd.description();
        };
    }
}
