package org.surgepolicy.adapter.batch.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.util.ArrayList;
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
        if (!quoted && line.indexOf('\r') < 0) {
            return plain(line);
        }
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

    /**
     * A line without a quote or a carriage return: RFC 4180 reads its fields as the text between its commas, which is
     * what this returns without building a reader for the line (most lines of a file are such lines).
     */
    private static List<String> plain(String line) {
        List<String> fields = new ArrayList<>(8);
        int from = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
            fields.add(line.substring(from, comma));
            from = comma + 1;
        }
        fields.add(line.substring(from));
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
