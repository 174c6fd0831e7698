package org.surgepolicy.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyTextTest {

    private static String written(CopyText rows) {
        return new String(rows.bytes(), 0, rows.length(), StandardCharsets.UTF_8);
    }

    @Test
    void fieldsArePartedByTabsAndRowsEndedByNewlines() {
        CopyText rows = new CopyText().number(7).date(LocalDate.of(2024, 2, 29)).text("RGV").endRow()
            .number(-1).text("").text(null).endRow();

        assertThat(written(rows)).isEqualTo("7\t2024-02-29\tRGV\n-1\t\t\\N\n");
    }

    @Test
    void backslashesTabsNewlinesAndCarriageReturnsInTextAreEscapedAndQuotesAreNot() {
        CopyText rows = new CopyText().text("a\\b\tc\nd\re\"f'g,h").endRow();

        assertThat(written(rows)).isEqualTo("a\\\\b\\tc\\nd\\re\"f'g,h\n");
    }

    @Test
    void textBeyondAsciiIsWrittenAsUtf8AndStillEscaped() {
        CopyText rows = new CopyText().text("CÔTE D'IVOIRE\t\uD83D\uDE00\\").endRow();

        assertThat(written(rows)).isEqualTo("CÔTE D'IVOIRE\\t\uD83D\uDE00\\\\\n");
    }

    @Test
    void rowsLongerThanTheFirstBufferAreKeptWholeAndClearStartsAgain() {
        CopyText rows = new CopyText();
        String field = "x".repeat(100_000);
        rows.text(field).text(field).endRow();

        assertThat(written(rows)).isEqualTo(field + "\t" + field + "\n");
        rows.clear();
        assertThat(written(rows.text("y").endRow())).isEqualTo("y\n");
    }

    @Test
    void numbersAndDatesAtTheEdgesAreWrittenAsJavaWritesThem() {
        CopyText rows = new CopyText().number(Long.MIN_VALUE).number(Long.MAX_VALUE).number(0).number(-9)
            .number(1_000_000_000_000_000_000L).number(999_999_999_999_999_999L).number(-10)
            .date(LocalDate.of(999, 12, 31)).date(LocalDate.of(1000, 1, 1)).date(LocalDate.of(9999, 12, 31))
            .date(LocalDate.of(10_000, 1, 1)).date(LocalDate.of(-1, 6, 5)).date(LocalDate.MIN).endRow();

        assertThat(written(rows)).isEqualTo(Long.MIN_VALUE + "\t" + Long.MAX_VALUE
            + "\t0\t-9\t1000000000000000000\t999999999999999999\t-10\t0999-12-31\t1000-01-01\t9999-12-31"
            + "\t+10000-01-01\t-0001-06-05\t" + LocalDate.MIN + "\n");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    /**
     * Rows of random numbers, dates and texts (ASCII with the characters to escape, and beyond), written into one
     * buffer that grows, read as Java writes each value and escapes each text.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomRowsAreWrittenAsEachValueReadsInJava(long seed) {
        Random random = new Random(seed);
        CopyText rows = new CopyText();
        StringBuilder expected = new StringBuilder();
        for (int row = 0; row < 2_000; row++) {
            int fields = 1 + random.nextInt(6);
            for (int field = 0; field < fields; field++) {
                if (field > 0) {
                    expected.append('\t');
                }
                switch (random.nextInt(3)) {
                    case 0 -> {
                        long number = switch (random.nextInt(3)) {
                            case 0 -> random.nextLong();
                            case 1 -> random.nextInt(2_000) - 1_000;
                            default -> random.nextLong() >> random.nextInt(64);
                        };
                        rows.number(number);
                        expected.append(number);
                    }
                    case 1 -> {
                        LocalDate date = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000));
                        rows.date(date);
                        expected.append(date);
                    }
                    default -> {
                        String text = text(random);
                        rows.text(text);
                        expected.append(text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                            .replace("\r", "\\r"));
                    }
                }
            }
            rows.endRow();
            expected.append('\n');
        }

        assertThat(written(rows)).isEqualTo(expected.toString());
    }

    private static String text(Random random) {
        String alphabet = "AZaz09 ,'\"\\\t\n\rÔé\u00ff\u0100\u4e2d";
        StringBuilder text = new StringBuilder();
        int size = random.nextInt(random.nextBoolean() ? 10 : 300);
        for (int i = 0; i < size; i++) {
            if (random.nextInt(50) == 0) {
                text.append("\uD83D\uDE00");
            } else {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }
}
