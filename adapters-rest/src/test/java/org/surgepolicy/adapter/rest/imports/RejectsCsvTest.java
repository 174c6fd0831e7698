package org.surgepolicy.adapter.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgepolicy.domain.imports.ImportLine;

class RejectsCsvTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatASpreadsheetWouldRunGetsALeadingApostrophe(String cell) {
        assertThat(RejectsCsv.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-06-01,USBP", "date: is required", "'already", " =spaced", ""})
    void anyOtherCellIsLeftAsItIs(String cell) {
        assertThat(RejectsCsv.neutralised(cell)).isEqualTo(cell);
    }

    @Test
    void theFileParsesBackToTheNeutralisedCellsWithTheirQuotesAndCommas() throws IOException {
        List<ImportLine.Rejected> rejects = List.of(
            new ImportLine.Rejected(2, "date: '=1+2' is not a date (YYYY-MM-DD)", "=1+2,USBP,RGV,\"A, B\",x"),
            new ImportLine.Rejected(3, "-count", "@cmd|' /C calc'!A0"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RejectsCsv.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), reject -> rejects.forEach(reject));

        try (CSVParser parser = CSVParser.parse(out.toString(StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            List<List<String>> records = parser.getRecords().stream().map(CSVRecord::toList).toList();
            assertThat(records).containsExactly(List.of("line", "reason", "raw"),
                List.of("2", "date: '=1+2' is not a date (YYYY-MM-DD)", "'=1+2,USBP,RGV,\"A, B\",x"),
                List.of("3", "'-count", "'@cmd|' /C calc'!A0"));
        }
    }
}
