package org.surgepolicy.adapter.persistence.tally;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;

/**
 * The aggregate cells as the aggregate table stores them, each the domain's shared instance (see
 * {@link AggregateCell#all()}), and the SQL that maps a revision to its cell with the domain's own area regions and
 * contiguous countries.
 */
final class AggregateCells {

    private AggregateCells() {
    }

    /** The shared instance of a cell as the aggregate table stores it. */
    static AggregateCell of(String component, String region, String demographic, boolean contiguous) {
        return AggregateCell.of(Component.valueOf(component), Region.valueOf(region), Demographic.valueOf(demographic),
            contiguous);
    }

    /**
     * A SQL expression giving the region of the area in {@code areaColumn}, written out from the domain's list of
     * areas so that the database holds no copy of it that could drift.
     */
    static String regionSql(String areaColumn) {
        // One IN list per region rather than one branch per area: a database tests a row against a few lists, the
        // most common region's first, instead of walking up to forty branches.
        Map<Region, List<String>> areas = Areas.all().stream().collect(Collectors.groupingBy(Area::region,
            () -> new EnumMap<>(Region.class), Collectors.mapping(Area::code, Collectors.toList())));
        return areas.entrySet().stream()
            .map(e -> "when " + areaColumn + " in (" + e.getValue().stream().sorted().map(AggregateCells::literal)
                .collect(Collectors.joining(", ")) + ") then " + literal(e.getKey().name()))
            .collect(Collectors.joining(" ", "case ", " end"));
    }

    /** A SQL condition that holds when the citizenship in {@code citizenshipColumn} is of a contiguous country. */
    static String contiguousSql(String citizenshipColumn) {
        return Citizenship.CONTIGUOUS.stream().sorted().map(AggregateCells::literal)
            .collect(Collectors.joining(", ", citizenshipColumn + " in (", ")"));
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
