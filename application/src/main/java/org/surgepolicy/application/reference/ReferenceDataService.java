package org.surgepolicy.application.reference;

import java.util.Arrays;
import java.util.Comparator;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Region;

/** The domain's own lists of codes, and the import formats' columns. */
public final class ReferenceDataService implements GetReferenceDataQuery {

    private final ImportFormats formats;

    public ReferenceDataService(ImportFormats formats) {
        this.formats = formats;
    }

    @Override
    public ReferenceData reference() {
        return new ReferenceData(Arrays.asList(Component.values()), Arrays.asList(Region.values()),
            Areas.all().stream().sorted(Comparator.comparing(Area::code)).toList(),
            Arrays.asList(Demographic.values()), Arrays.asList(EncounterType.values()),
            Citizenship.KNOWN.stream().sorted().toList(), formats.all());
    }
}
