package org.surgepolicy.adapter.rest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.surgepolicy.domain.imports.ImportLine;

/**
 * An import's rejected lines as CSV ({@code line,reason,raw}, RFC 4180 quoting), as the REST API answers them and the
 * command line writes them to a file, safe to open in a spreadsheet: a cell that a spreadsheet would run as a formula
 * gets a leading apostrophe, as OWASP's advice on CSV injection says; the CSV quoting is applied after, so that the
 * file still parses to exactly those cells.
 */
public final class RejectsCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("line", "reason", "raw").get();

    private RejectsCsv() {
    }

    /** Writes the header and each reject that {@code rejects} hands over, then closes {@code out}. */
    public static void write(Writer out, Consumer<Consumer<ImportLine.Rejected>> rejects) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            rejects.accept(reject -> {
                try {
                    csv.printRecord(reject.lineNumber(), neutralised(reject.reason()), neutralised(reject.raw()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The cell as a spreadsheet shows it without running it: a leading {@code '} before =, +, -, @, tab or CR. */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
