package org.surgepolicy.bootstrap.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.surgepolicy.domain.imports.TallyFormat;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * A fourth import format, for the tests only: a sector's own daily file, in its own words. Its rows are tallies (so
 * they go to the ledger); it names no component, which is the sector's.
 */
record SectorTallyFile() implements TallyFormat {

    @Override
    public String code() {
        return "sector-daily";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "sector", "group", "nationality", "kind", "encounters");
    }

    @Override
    public Tally tally(Fields fields, LocalDate latestDate) {
        String sector = fields.value("sector");
        String component = Areas.find(sector).map(area -> area.component().name()).orElse("");
        return Tally.parse(day(fields.value("day")), component, sector, fields.value("group"),
            fields.value("nationality"), fields.value("kind"), encounters(fields.value("encounters")), latestDate);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Long encounters(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("encounters", "'" + text + "' is not a whole number");
        }
    }
}
