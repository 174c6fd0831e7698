package org.surgepolicy.domain.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/**
 * A threshold policy with hysteresis: where and when it applies, how it starts, and its versions in date order.
 *
 * @param startsOn     the first day the policy has a state
 * @param endsOn       the last day it has one, or null when it has no end date
 * @param initialState the state on {@code startsOn}: IN_EFFECT or DISCONTINUED
 */
public record PolicyDefinition(String id, String title, ZoneId timeZone, LocalDate startsOn, LocalDate endsOn,
                               PolicyStateKind initialState, List<PolicyVersion> versions) {

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
            .require(versions != null && !versions.isEmpty(), "versions", "must hold at least one version");
        if (startsOn != null && endsOn != null) {
            v.require(!endsOn.isBefore(startsOn), "endsOn", endsOn + " is before startsOn " + startsOn);
        }
        if (versions != null && !versions.isEmpty() && startsOn != null) {
            // An end date before the start is reported once, not again for every version.
            checkVersions(versions, startsOn, endsOn != null && endsOn.isBefore(startsOn) ? null : endsOn, v);
        }
        v.throwIfAny();
        versions = List.copyOf(versions);
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
        return versions.stream().map(PolicyVersion::parameters).mapToInt(RuleParameters::lookBack).max()
            .orElse(0);
    }

    /** This definition with every version's parameters changed the same way (simulations and sweeps). */
    public PolicyDefinition withParameters(UnaryOperator<RuleParameters> change) {
        return new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState,
            versions.stream().map(v -> v.withParameters(change.apply(v.parameters()))).toList());
    }

    /** This definition with the named parameters set to the given values in every version. */
    public PolicyDefinition withParameters(Map<ParameterName, ?> changes) {
        return changes.isEmpty() ? this : withParameters(p -> p.with(changes));
    }
}
