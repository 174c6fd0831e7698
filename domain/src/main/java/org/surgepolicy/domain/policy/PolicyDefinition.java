package org.surgepolicy.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/**
 * A threshold policy with hysteresis: where and when it applies, how it starts, and its versions in date order.
 *
 * @param startsOn     the first day the policy has a state
 * @param endsOn       the last day it has one (a sunset), or null when it has no end date
 * @param initialState the state on {@code startsOn}: IN_EFFECT or DISCONTINUED
 * @param legalStatus  whether the policy is in force or only proposed, which every answer about it repeats
 * @param cap          the cap on its days in effect per period, or null when it has none
 */
public record PolicyDefinition(String id, String title, ZoneId timeZone, LocalDate startsOn, LocalDate endsOn,
                               PolicyStateKind initialState, List<PolicyVersion> versions, LegalStatus legalStatus,
                               Cap cap) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public PolicyDefinition {
        Violations v = new Violations()
            .require(id != null && ID.matcher(id).matches(), "id",
                "must be 1 to 64 lower-case letters, digits or '-', was " + PolicyVersion.quoted(id))
            .require(title != null && !title.isBlank(), "title", "is required")
            .requireNonNull(timeZone, "timeZone")
            .requireNonNull(startsOn, "startsOn")
            .require(initialState != PolicyStateKind.DISCONTINUATION_PENDING, "initialState",
                "must be IN_EFFECT or DISCONTINUED: a pending discontinuation needs a determination behind it")
            .requireNonNull(initialState, "initialState")
            .require(versions != null && !versions.isEmpty(), "versions", "must hold at least one version")
            .requireNonNull(legalStatus, "status");
        if (startsOn != null && endsOn != null) {
            v.require(!endsOn.isBefore(startsOn), "endsOn", endsOn + " is before startsOn " + startsOn);
        }
        if (versions != null && !versions.isEmpty() && startsOn != null) {
            // An end date before the start is reported once, not again for every version.
            checkVersions(versions, startsOn, endsOn != null && endsOn.isBefore(startsOn) ? null : endsOn, v);
            checkTriggersCarryOver(versions, v);
        }
        if (cap != null && startsOn != null) {
            checkCap(cap, startsOn, endsOn, v);
        }
        v.throwIfAny();
        versions = List.copyOf(versions);
    }

    /** A policy in force without a cap: the form of a definition that uses neither. */
    public PolicyDefinition(String id, String title, ZoneId timeZone, LocalDate startsOn, LocalDate endsOn,
                            PolicyStateKind initialState, List<PolicyVersion> versions) {
        this(id, title, timeZone, startsOn, endsOn, initialState, versions, LegalStatus.IN_FORCE, null);
    }

    /** The day it is at {@code now} in the policy's zone. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, timeZone);
    }

    /** The latest "today" of the policies' zones at {@code now} (UTC's without one): no tally may be dated later. */
    public static LocalDate latestToday(Collection<PolicyDefinition> definitions, Instant now) {
        return definitions.stream().map(d -> d.today(now)).max(LocalDate::compareTo)
            .orElse(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    /**
     * A policy in effect when a version comes into force stays released by the trigger that activated it, so each
     * named trigger must still be there in every later version.
     */
    private static void checkTriggersCarryOver(List<PolicyVersion> versions, Violations v) {
        if (versions.size() == 1) {
            return;
        }
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            PolicyVersion version = versions.get(i);
            if (version == null) {
                continue;
            }
            for (Map.Entry<String, Integer> earlier : named.entrySet()) {
                v.require(version.parameters().triggerIndex(earlier.getKey()) >= 0, "versions[" + i + "].triggers",
                    "lacks the trigger '" + earlier.getKey() + "' of versions[" + earlier.getValue() + "]: a policy"
                        + " it activated would have no release threshold");
            }
            for (Trigger trigger : version.parameters().triggers()) {
                if (trigger.name() != null) {
                    named.putIfAbsent(trigger.name(), i);
                }
            }
        }
    }

    /** Each limit fits its period, and the periods cover every day the policy has a state. */
    private static void checkCap(Cap cap, LocalDate startsOn, LocalDate endsOn, Violations v) {
        for (int k = 0; k < cap.periods(); k++) {
            LocalDate from = cap.periodStart(startsOn, k);
            LocalDate to = cap.periodEnd(startsOn, k);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            v.require(cap.limits().get(k) <= days, "cap.limits[" + k + "]", cap.limits().get(k) + " days is longer"
                + " than its period, " + from + " to " + to + " (" + days + " days)");
        }
        LocalDate covered = cap.periodEnd(startsOn, cap.periods() - 1);
        if (endsOn == null || endsOn.isAfter(covered)) {
            v.add(new Violation("cap.limits", "the " + cap.periods() + (cap.periods() == 1 ? " period" : " periods")
                + " of " + cap.period() + " from " + startsOn + " end on " + covered + ", but the policy "
                + (endsOn == null ? "has no end date" : "ends on " + endsOn)
                + ": give a limit for every period, or an end date within them"));
        }
    }

    private static void checkVersions(List<PolicyVersion> versions, LocalDate startsOn, LocalDate endsOn,
                                      Violations v) {
        for (int i = 0; i < versions.size(); i++) {
            PolicyVersion version = versions.get(i);
            String at = "versions[" + i + "]";
            if (version == null) {
                v.add(new Violation(at, "is empty"));
                continue;
            }
            if (i == 0) {
                v.require(version.effectiveFrom().equals(startsOn), at + ".effectiveFrom",
                    "the first version must be in force from startsOn " + startsOn + ", was "
                        + version.effectiveFrom());
            } else {
                PolicyVersion previous = versions.get(i - 1);
                if (previous != null) {
                    String before = "versions[" + (i - 1) + "] ('" + previous.id() + "')";
                    v.require(!version.effectiveFrom().equals(previous.effectiveFrom()), at + ".effectiveFrom",
                        version.effectiveFrom() + " is also the first day of " + before
                            + ": two versions cannot be in force on the same day");
                    v.require(!version.effectiveFrom().isBefore(previous.effectiveFrom()), at + ".effectiveFrom",
                        version.effectiveFrom() + " is before " + previous.effectiveFrom() + ", the first day of "
                            + before + ": list the versions in date order");
                }
                for (int j = 0; j < i; j++) {
                    PolicyVersion other = versions.get(j);
                    v.require(other == null || !other.id().equals(version.id()), at + ".id",
                        "'" + version.id() + "' is already the id of versions[" + j + "]");
                }
            }
            if (endsOn != null) {
                v.require(!version.effectiveFrom().isAfter(endsOn), at + ".effectiveFrom",
                    version.effectiveFrom() + " is after the policy's end date " + endsOn);
            }
        }
    }

    /** The version in force on a day (the first version before the policy starts). */
    public PolicyVersion versionOn(LocalDate day) {
        PolicyVersion inForce = versions.getFirst();
        for (PolicyVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        return inForce;
    }

    public Optional<PolicyVersion> version(String versionId) {
        return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(endsOn);
    }

    /** The last day with a state when evaluating through {@code through}: the end date if it comes first. */
    public LocalDate lastDay(LocalDate through) {
        return endsOn != null && endsOn.isBefore(through) ? endsOn : through;
    }

    /** The largest look-back of any version, in days. */
    public int maxLookBack() {
        int longest = 0;
        for (PolicyVersion version : versions) {
            longest = Math.max(longest, version.parameters().lookBack());
        }
        return longest;
    }

    /** This definition with every version's parameters changed the same way (simulations and sweeps). */
    public PolicyDefinition withParameters(UnaryOperator<RuleParameters> change) {
        return new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState,
            versions.stream().map(v -> v.withParameters(change.apply(v.parameters()))).toList(), legalStatus, cap);
    }

    /**
     * This definition with the named parameters set to the given values: the cap's in the policy, the others in
     * every version (a trigger's, in every version that has the trigger).
     *
     * @throws InvalidValueException naming the parameter when no version has a trigger named, the policy has no cap
     *                               to change, or the result is invalid
     */
    public PolicyDefinition withParameters(Map<? extends Parameter, ?> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        if (changes.keySet().stream().allMatch(p -> p instanceof ParameterName || p instanceof ReleaseParameter)) {
            return withParameters(p -> p.with(changes));
        }
        Map<Parameter, Object> ofVersions = new LinkedHashMap<>(changes);
        Object limits = ofVersions.remove(CapParameter.LIMITS);
        Violations v = new Violations();
        for (Parameter parameter : ofVersions.keySet()) {
            if (parameter instanceof TriggerParameter t) {
                v.require(versions.stream().anyMatch(version -> version.parameters().triggerIndex(t.trigger()) >= 0),
                    "parameters." + t.key(), "no version of policy " + id + " has a trigger '" + t.trigger() + "'");
            }
        }
        v.require(limits == null || cap != null, "parameters." + CapParameter.LIMITS.key(),
            "policy " + id + " has no cap on its days in effect");
        v.throwIfAny();
        Cap changedCap = limits == null ? cap : v.check("parameters." + CapParameter.LIMITS.key(),
            () -> cap.withLimits(CapParameter.LIMITS.limits(limits)));
        v.throwIfAny();
        List<PolicyVersion> changed = versions.stream().map(version -> {
            Map<Parameter, Object> own = new LinkedHashMap<>(ofVersions);
            own.keySet().removeIf(p -> p instanceof TriggerParameter t
                && version.parameters().triggerIndex(t.trigger()) < 0);
            return own.isEmpty() ? version : version.withParameters(version.parameters().with(own));
        }).toList();
        try {
            return new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState, changed, legalStatus,
                changedCap);
        } catch (InvalidValueException e) {
            throw limits == null ? e : e.under("parameters");
        }
    }

    /** This definition without its cap: the rule's own course, as the projection of a release follows it. */
    public PolicyDefinition withoutCap() {
        return cap == null ? this
            : new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState, versions, legalStatus, null);
    }
}
