package org.surgepolicy.adapter.batch.imports;

import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * Turns a line of a file into what its format reads it to say (a tally or a published statistic), or a reject naming
 * every bad field (or what made the line unreadable: a fault of the reader, CSV that does not split, a field too
 * many or too few). Blank lines are dropped.
 */
final class ImportLineParser implements ItemProcessor<SourceLine, ImportLine> {

    private final ImportFormat format;
    private final CsvLayout layout;
    private final LocalDate today;

    /** @param today the newest date a daily row may carry */
    ImportLineParser(ImportFormat format, CsvLayout layout, LocalDate today) {
        this.format = format;
        this.layout = layout;
        this.today = today;
    }

    @Override
    public ImportLine process(SourceLine line) {
        if (line.fault() != null) {
            return new ImportLine.Rejected(line.number(), line.fault(), line.text());
        }
        if (line.blank()) {
            return null;
        }
        try {
            List<String> fields = CsvFields.split(line.text());
            if (fields.size() != layout.width()) {
                throw new InvalidValueException("line", "has " + fields.size() + " fields where the header has "
                    + layout.width());
            }
            return format.read(line.number(), column -> layout.value(fields, column), line.text(), today);
        } catch (InvalidValueException e) {
            return new ImportLine.Rejected(line.number(), e.getMessage(), line.text());
        } catch (IllegalArgumentException e) {
            return new ImportLine.Rejected(line.number(), "the line " + e.getMessage(), line.text());
        }
    }
}
