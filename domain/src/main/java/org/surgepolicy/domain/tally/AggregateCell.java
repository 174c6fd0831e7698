package org.surgepolicy.domain.tally;

import java.util.Objects;

/**
 * The dimensions a counting rule can select on: a day's tallies are summed into one total per cell.
 *
 * @param contiguousCitizenship whether the citizenship is of a country contiguous to the United States
 */
public record AggregateCell(Component component, Region region, Demographic demographic,
                            boolean contiguousCitizenship) {

    public AggregateCell {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(demographic, "demographic");
    }
}
