package org.surgepolicy.application.reference.port.in;

import java.util.List;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Region;

/** The codes the service accepts, and the columns of each import format, so that a client never guesses one. */
public interface GetReferenceDataQuery {

    ReferenceData reference();

    /**
     * @param citizenships CBP's citizenship groupings, as it writes them
     * @param formats      the import formats, each with its columns
     */
    record ReferenceData(List<Component> components, List<Region> regions, List<Area> areas,
                         List<Demographic> demographics, List<EncounterType> encounterTypes,
                         List<String> citizenships, List<ImportFormat> formats) {

        public ReferenceData {
            components = List.copyOf(components);
            regions = List.copyOf(regions);
            areas = List.copyOf(areas);
            demographics = List.copyOf(demographics);
            encounterTypes = List.copyOf(encounterTypes);
            citizenships = List.copyOf(citizenships);
            formats = List.copyOf(formats);
        }
    }
}
