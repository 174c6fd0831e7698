package org.surgepolicy.domain.tally;

import java.util.ArrayList;
import java.util.List;
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

    /** Every cell once, each at its {@linkplain #index() index}. */
    private static final List<AggregateCell> ALL = every();

    public AggregateCell {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(demographic, "demographic");
    }

    /** Every cell, in the order of their {@linkplain #index() indexes}: one instance of each, shared. */
    public static List<AggregateCell> all() {
        return ALL;
    }

    /** The shared instance of a cell (see {@link #all()}). */
    public static AggregateCell of(Component component, Region region, Demographic demographic,
                                   boolean contiguousCitizenship) {
        return ALL.get(index(component, region, demographic, contiguousCitizenship));
    }

    /** The cell's place among all {@link #COUNT} cells, from 0: the same for equal cells. */
    public int index() {
        return index(component, region, demographic, contiguousCitizenship);
    }

    private static int index(Component component, Region region, Demographic demographic, boolean contiguous) {
        return ((component.ordinal() * Region.values().length + region.ordinal()) * Demographic.values().length
            + demographic.ordinal()) * 2 + (contiguous ? 1 : 0);
    }

    private static List<AggregateCell> every() {
        List<AggregateCell> cells = new ArrayList<>(COUNT);
        for (Component component : Component.values()) {
            for (Region region : Region.values()) {
                for (Demographic demographic : Demographic.values()) {
                    cells.add(new AggregateCell(component, region, demographic, false));
                    cells.add(new AggregateCell(component, region, demographic, true));
                }
            }
        }
        return List.copyOf(cells);
    }
}
