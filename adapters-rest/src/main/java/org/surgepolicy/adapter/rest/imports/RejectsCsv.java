package org.surgepolicy.adapter.rest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.surgepolicy.application.port.in.GetImportQuery;

/**
 * An import's rejected lines as CSV ({@code line,reason,raw}, RFC 4180 quoting), as the REST API answers them and the
 * command line writes them to a file.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    /** Writes the header and every rejected line of the import, in line order; false when the import is unknown. */
    public static boolean write(GetImportQuery imports, long importId, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("line", "reason", "raw")
            .get())) {
            return imports.rejects(importId, reject -> {
                try {
                    csv.printRecord(reject.lineNumber(), reject.reason(), reject.raw());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
