package org.surgepolicy.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
}
