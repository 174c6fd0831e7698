package org.surgepolicy.domain.tally;

import java.util.Objects;

/**
 * The dimensions a counting rule can select on: a day's tallies are summed into one total per cell.
 *
 * @param contiguousCitizenship whether the citizenship is of a country contiguous to the United States
 */
public record AggregateCell(Component component, Region region, Demographic demographic,
                            boolean contiguousCitizenship) {

    /** How many cells there are: one per component, region, demographic and contiguity. */
    public static final int COUNT = Component.values().length * Region.values().length
        * Demographic.values().length * 2;

    public AggregateCell {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(demographic, "demographic");
    }

    /** The cell's place among all {@link #COUNT} cells, from 0: the same for equal cells. */
    public int index() {
        return ((component.ordinal() * Region.values().length + region.ordinal()) * Demographic.values().length
            + demographic.ordinal()) * 2 + (contiguousCitizenship ? 1 : 0);
    }
}
