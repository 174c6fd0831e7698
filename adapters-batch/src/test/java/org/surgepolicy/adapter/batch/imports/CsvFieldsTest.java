package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithAReason() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b,c")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("is not valid CSV");
    }

    /** The quick split of a line without quotes is exactly what Commons CSV makes of it. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void splittingAtCommasAgreesWithCommonsCsv(long seed) throws IOException {
        Random random = new Random(seed);
        String alphabet = "abc XYZ019-_.;:/ ";
        for (int n = 0; n < 200; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                line.append(random.nextInt(6) == 0 ? ',' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try (CSVParser parser = CSVParser.parse(line.toString(), CSVFormat.RFC4180)) {
                List<String> expected = parser.getRecords().stream().findFirst().map(r -> r.toList())
                    .orElse(List.of(""));
                assertThat(CsvFields.splitAtCommas(line.toString())).as("line '%s' (seed %d)", line, seed)
                    .isEqualTo(expected);
            }
        }
    }
}
