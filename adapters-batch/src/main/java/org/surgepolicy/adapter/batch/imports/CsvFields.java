package org.surgepolicy.adapter.batch.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.util.List;

/**
 * Splits one physical line into its fields by RFC 4180 (quoted commas, doubled quotes), with FastCSV. A line is one
 * record in every format read here, so a quote that the line leaves open is an error of that line alone.
 */
final class CsvFields {

    private static final CsvReader.CsvReaderBuilder CSV = CsvReader.builder()
        .allowExtraCharsAfterClosingQuote(false)
        .skipEmptyLines(false);

    private CsvFields() {
    }

    /** The fields of a line (without its line end); refuses one that is not valid CSV, saying why. */
    static List<String> split(String line) {
        if (line.isEmpty()) {
            return List.of("");
        }
        boolean quoted = line.indexOf('"') >= 0;
        List<String> fields;
        try {
            // Given with its line end, a quote left open takes the line end into its field, which is how it shows.
            fields = CSV.ofSingleCsvRecord(quoted ? line + "\n" : line).getFields();
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("is not valid CSV: " + rootMessage(e), e);
        }
        if (quoted) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("is not valid CSV: the quote that opens field " + (i + 1)
                        + " is not closed on the line");
                }
            }
        }
        return fields;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
