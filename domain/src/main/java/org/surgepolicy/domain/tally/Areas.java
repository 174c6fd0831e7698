package org.surgepolicy.domain.tally;

import static org.surgepolicy.domain.tally.Component.OFO;
import static org.surgepolicy.domain.tally.Component.USBP;
import static org.surgepolicy.domain.tally.Region.NORTHERN_LAND_BORDER;
import static org.surgepolicy.domain.tally.Region.OTHER;
import static org.surgepolicy.domain.tally.Region.SOUTHERN_COASTAL;
import static org.surgepolicy.domain.tally.Region.SOUTHWEST_LAND_BORDER;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reference list of CBP areas. Border Patrol sectors carry CBP's own sector codes; OFO field offices, which CBP's
 * files name only in words, carry the codes below.
 */
public final class Areas {

    private static final Map<String, Area> BY_CODE;

    static {
        Map<String, Area> areas = new LinkedHashMap<>();
        Stream.of(
                new Area("SDC", "San Diego Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("ELC", "El Centro Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("YUM", "Yuma Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("TCA", "Tucson Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("EPT", "El Paso Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("BBT", "Big Bend Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("DRT", "Del Rio Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("LRT", "Laredo Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("RGV", "Rio Grande Valley Sector", USBP, SOUTHWEST_LAND_BORDER),
                new Area("MIP", "Miami Sector", USBP, SOUTHERN_COASTAL),
                new Area("NLL", "New Orleans Sector", USBP, SOUTHERN_COASTAL),
                new Area("RMY", "Ramey Sector", USBP, SOUTHERN_COASTAL),
                new Area("BLW", "Blaine Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("SPW", "Spokane Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("HVM", "Havre Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("GFN", "Grand Forks Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("DTM", "Detroit Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("BUN", "Buffalo Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("SWB", "Swanton Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("HLT", "Houlton Sector", USBP, NORTHERN_LAND_BORDER),
                new Area("SND", "San Diego Field Office", OFO, SOUTHWEST_LAND_BORDER),
                new Area("TUC", "Tucson Field Office", OFO, SOUTHWEST_LAND_BORDER),
                new Area("ELP", "El Paso Field Office", OFO, SOUTHWEST_LAND_BORDER),
                new Area("LRE", "Laredo Field Office", OFO, SOUTHWEST_LAND_BORDER),
                new Area("SEA", "Seattle Field Office", OFO, NORTHERN_LAND_BORDER),
                new Area("DET", "Detroit Field Office", OFO, NORTHERN_LAND_BORDER),
                new Area("BUF", "Buffalo Field Office", OFO, NORTHERN_LAND_BORDER),
                new Area("BOS", "Boston Field Office", OFO, NORTHERN_LAND_BORDER),
                new Area("ATL", "Atlanta Field Office", OFO, OTHER),
                new Area("BAL", "Baltimore Field Office", OFO, OTHER),
                new Area("CHI", "Chicago Field Office", OFO, OTHER),
                new Area("HOU", "Houston Field Office", OFO, OTHER),
                new Area("LOS", "Los Angeles Field Office", OFO, OTHER),
                new Area("MIA", "Miami Field Office", OFO, OTHER),
                new Area("NOL", "New Orleans Field Office", OFO, OTHER),
                new Area("NYC", "New York Field Office", OFO, OTHER),
                new Area("POR", "Portland Field Office", OFO, OTHER),
                new Area("PRE", "Preclearance Field Office", OFO, OTHER),
                new Area("SFO", "San Francisco Field Office", OFO, OTHER),
                new Area("SJU", "San Juan Field Office", OFO, OTHER),
                new Area("TPA", "Tampa Field Office", OFO, OTHER))
            .forEach(area -> areas.put(area.code(), area));
        BY_CODE = Collections.unmodifiableMap(areas);
    }

    private Areas() {
    }

    /** The area with this code, if it is known. */
    public static Optional<Area> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The area whose CBP name is {@code name} (as in "Rio Grande Valley Sector"), ignoring case. */
    public static Optional<Area> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return BY_CODE.values().stream().filter(a -> a.name().equalsIgnoreCase(wanted)).findFirst();
    }

    public static Collection<Area> all() {
        return BY_CODE.values();
    }
}
