package org.surgepolicy.domain.imports;

import java.time.LocalDate;
import org.surgepolicy.domain.tally.Tally;

/** A format whose rows are tallies: published into the tally ledger as revisions, as a submission's are. */
public non-sealed interface TallyFormat extends ImportFormat {

    /** The tally a line says, validated by the domain; throws naming every bad field. */
    Tally tally(Fields fields, LocalDate latestDate);

    @Override
    default ImportLine.TallyLine read(long lineNumber, Fields fields, String raw, LocalDate latestDate) {
        return new ImportLine.TallyLine(lineNumber, tally(fields, latestDate), raw);
    }
}
