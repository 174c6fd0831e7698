package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFieldsTest {

    @Test
    void aQuotedFieldKeepsItsComma() {
        assertThat(CsvFields.split("2024-06-01,USBP,RGV,SINGLE_ADULTS,\"CHINA, PEOPLES REPUBLIC OF\",APPREHENSIONS,4"))
            .containsExactly("2024-06-01", "USBP", "RGV", "SINGLE_ADULTS", "CHINA, PEOPLES REPUBLIC OF",
                "APPREHENSIONS", "4");
    }

    @Test
    void doubledQuotesAreOneQuoteAndEmptyFieldsStay() {
        assertThat(CsvFields.split("a,\"say \"\"hi\"\"\",,b")).containsExactly("a", "say \"hi\"", "", "b");
        assertThat(CsvFields.split("")).containsExactly("");
        assertThat(CsvFields.split("a,")).containsExactly("a", "");
    }

    @Test
    void aLineWithoutQuotesIsItsTextBetweenCommas() {
        assertThat(CsvFields.split(",,")).containsExactly("", "", "");
        assertThat(CsvFields.split(" a , b ")).containsExactly(" a ", " b ");
        assertThat(CsvFields.split("2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4"))
            .containsExactly("2024-06-01", "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", "4");
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingItsField() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b,c")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("is not valid CSV: the quote that opens field 2 is not closed on the line");
        assertThatThrownBy(() -> CsvFields.split("\"")).hasMessageContaining("field 1 is not closed");
    }

    @Test
    void charactersAfterAClosingQuoteAreRefused() {
        assertThatThrownBy(() -> CsvFields.split("a,\"MEXICO\"x,c")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("is not valid CSV");
    }

    /** What FastCSV makes of a line is what Commons CSV, another RFC 4180 parser, makes of it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void splittingAgreesWithCommonsCsv(long seed) throws IOException {
        Random random = new Random(seed);
        String alphabet = "abc XYZ019-_.;:/ ";
        for (int n = 0; n < 200; n++) {
            List<String> fields = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int count = 1 + random.nextInt(8);
            for (int f = 0; f < count; f++) {
                StringBuilder field = new StringBuilder();
                boolean quoted = random.nextInt(3) == 0;
                int length = random.nextInt(10);
                for (int i = 0; i < length; i++) {
                    int pick = random.nextInt(12);
                    field.append(quoted && pick == 0 ? ',' : quoted && pick == 1 ? '"'
                        : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields.add(field.toString());
                line.append(f == 0 ? "" : ",").append(quoted ? "\"" + field.toString().replace("\"", "\"\"") + "\""
                    : field);
            }
            try (CSVParser parser = CSVParser.parse(line.toString(), CSVFormat.RFC4180)) {
                List<String> expected = parser.getRecords().stream().findFirst().map(r -> r.toList())
                    .orElse(List.of(""));
                assertThat(CsvFields.split(line.toString())).as("line '%s' (seed %d)", line, seed)
                    .isEqualTo(expected).isEqualTo(fields);
            }
        }
    }
}
