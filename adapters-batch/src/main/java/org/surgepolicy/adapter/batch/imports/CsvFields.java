package org.surgepolicy.adapter.batch.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one record into its fields by RFC 4180. A record with a quote goes through Commons CSV (quoted commas,
 * doubled quotes, line breaks inside quotes); one without, which is almost every line of a large file, is split at
 * its commas, which is what Commons CSV would do with it, without building a parser (and its 8 KB buffer) per line.
 */
final class CsvFields {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvFields() {
    }

    static List<String> split(String record) {
        if (record.indexOf('"') < 0) {
            return splitAtCommas(record);
        }
        try (CSVParser parser = CSVParser.parse(record, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return List.of("");
            }
            CSVRecord parsed = records.next();
            if (records.hasNext()) {
                throw new IllegalArgumentException("holds more than one record");
            }
            return parsed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException("is not valid CSV: " + e.getMessage(), e);
        }
    }

    static List<String> splitAtCommas(String record) {
        List<String> fields = new ArrayList<>(12);
        int start = 0;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == ',') {
                fields.add(record.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(record.substring(start));
        return fields;
    }
}
