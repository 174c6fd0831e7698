package org.surgepolicy.domain.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.validation.Violations;

/**
 * Which tallies a version counts: for each component counted, the regions whose areas count, and whether
 * unaccompanied children of countries other than Mexico and Canada count.
 *
 * @param regionsByComponent the regions counted, by component (a component absent here never counts)
 */
public record CountingRule(Map<Component, Set<Region>> regionsByComponent,
                           boolean countsUnaccompaniedChildrenOfNonContiguousCountries)
    implements Predicate<AggregateCell> {

    public CountingRule {
        Violations v = new Violations()
            .require(regionsByComponent != null && !regionsByComponent.isEmpty(), "select",
                "must name at least one component with its regions");
        if (regionsByComponent != null) {
            regionsByComponent.forEach((component, regions) -> v
                .require(component != null, "select", "names no component")
                .require(regions != null && !regions.isEmpty(), "select." + component,
                    "must name at least one region"));
        }
        v.throwIfAny();
        Map<Component, Set<Region>> copy = new EnumMap<>(Component.class);
        regionsByComponent.forEach((component, regions) -> copy.put(component, Set.copyOf(EnumSet.copyOf(regions))));
        regionsByComponent = Collections.unmodifiableMap(copy);
    }

    /** The same regions for every component given: the form of a rule that selects no pairs of its own. */
    public CountingRule(Set<Component> components, Set<Region> regions,
                        boolean countsUnaccompaniedChildrenOfNonContiguousCountries) {
        new Violations()
            .require(components != null && !components.isEmpty(), "components", "must name at least one component")
            .require(regions != null && !regions.isEmpty(), "regions", "must name at least one region")
            .throwIfAny();
        Map<Component, Set<Region>> selected = new EnumMap<>(Component.class);
        components.forEach(component -> selected.put(component, regions));
        this(selected, countsUnaccompaniedChildrenOfNonContiguousCountries);
    }

    /** Every component counted somewhere. */
    public Set<Component> components() {
        return Collections.unmodifiableSet(EnumSet.copyOf(regionsByComponent.keySet()));
    }

    /** Every region counted for some component. */
    public Set<Region> regions() {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        regionsByComponent.values().forEach(regions::addAll);
        return Collections.unmodifiableSet(regions);
    }

    /** Whether every counted component counts the same regions (the form with one list of each). */
    public boolean sameRegionsForEveryComponent() {
        return regionsByComponent.values().stream().distinct().count() == 1;
    }

    /** Whether a cell's total counts under this rule. */
    @Override
    public boolean test(AggregateCell cell) {
        Set<Region> regions = regionsByComponent.get(cell.component());
        if (regions == null || !regions.contains(cell.region())) {
            return false;
        }
        return countsUnaccompaniedChildrenOfNonContiguousCountries
            || cell.demographic() != Demographic.UC_SINGLE_MINORS
            || cell.contiguousCitizenship();
    }
}
