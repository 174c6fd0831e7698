package org.surgepolicy.domain.policy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.validation.Violations;

/**
 * Which tallies a version counts: its components and regions, and whether unaccompanied children of countries other
 * than Mexico and Canada count.
 */
public record CountingRule(Set<Component> components, Set<Region> regions,
                           boolean countsUnaccompaniedChildrenOfNonContiguousCountries)
    implements Predicate<AggregateCell> {

    public CountingRule {
        new Violations()
            .require(components != null && !components.isEmpty(), "components", "must name at least one component")
            .require(regions != null && !regions.isEmpty(), "regions", "must name at least one region")
            .throwIfAny();
        components = Set.copyOf(EnumSet.copyOf(components));
        regions = Set.copyOf(EnumSet.copyOf(regions));
    }

    /** Whether a cell's total counts under this rule. */
    @Override
    public boolean test(AggregateCell cell) {
        if (!components.contains(cell.component()) || !regions.contains(cell.region())) {
            return false;
        }
        return countsUnaccompaniedChildrenOfNonContiguousCountries
            || cell.demographic() != Demographic.UC_SINGLE_MINORS
            || cell.contiguousCitizenship();
    }
}
