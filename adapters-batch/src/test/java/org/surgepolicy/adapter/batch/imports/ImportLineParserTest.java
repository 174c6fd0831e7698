package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgepolicy.application.port.out.ImportFormat;
import org.surgepolicy.application.port.out.ImportLine;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.domain.tally.Dataset;

class ImportLineParserTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    private static ImportLineParser parser(ImportFormat format, String header) {
        CsvLayout layout = new CsvLayout(format.columns());
        layout.readHeader(header);
        return new ImportLineParser(format, layout, TODAY);
    }

    private static ImportLineParser daily() {
        return parser(ImportFormat.DAILY, "date,component,area,demographic,citizenship,encounter_type,count");
    }

    @Test
    void aDailyLineBecomesATally() {
        ImportLine line = daily().process(new SourceLine(2,
            "2024-06-01,USBP,RGV,SINGLE_ADULTS,\"CHINA, PEOPLES REPUBLIC OF\",APPREHENSIONS,412"));
        assertThat(line).isInstanceOfSatisfying(ImportLine.TallyLine.class, t -> {
            assertThat(t.lineNumber()).isEqualTo(2);
            assertThat(t.tally().count()).isEqualTo(412);
            assertThat(t.tally().key().citizenship().name()).isEqualTo("CHINA, PEOPLES REPUBLIC OF");
        });
    }

    @Test
    void blankLinesAreDropped() {
        assertThat(daily().process(new SourceLine(9, "   "))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-06-01,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4 | area: unknown area code 'XYZ'",
        "2024-13-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4 | date: '2024-13-01' is not a date (YYYY-MM-DD)",
        "2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,-4 | count: must not be negative, was -4",
        "2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,four | count: 'four' is not a whole number",
        "2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO | line: has 5 fields where the header has 7",
        "2030-01-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4 | date: 2030-01-01 is in the future",
        "2024-06-01,CBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4 | component: unknown code 'CBP'",
        "2024-06-01,OFO,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4 | area: area RGV (Rio Grande Valley Sector) belongs to USBP",
        "2024-06-01,USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,2000000 | count: must be between 0 and 1000000"})
    void aBadDailyLineIsRejectedWithItsReasonAndText(String text, String reason) {
        ImportLine line = daily().process(new SourceLine(7, text));
        assertThat(line).isInstanceOfSatisfying(ImportLine.Rejected.class, r -> {
            assertThat(r.lineNumber()).isEqualTo(7);
            assertThat(r.reason()).startsWith(reason);
            assertThat(r.raw()).isEqualTo(text);
        });
    }

    @Test
    void aLineTheReaderCouldNotReadIsRejectedWithTheReadersReason() {
        ImportLine line = daily().process(new SourceLine(4, "a,\\x00b", "the line holds a NUL character at byte 3"));
        assertThat(line).isEqualTo(new ImportLine.Rejected(4, "the line holds a NUL character at byte 3", "a,\\x00b"));
    }

    @Test
    void aQuoteLeftOpenIsRejectedNamingItsField() {
        ImportLine line = daily().process(new SourceLine(2, "2024-06-01,USBP,RGV,SINGLE_ADULTS,\"MEXICO,APPREHENSIONS,4"));
        assertThat(((ImportLine.Rejected) line).reason())
            .isEqualTo("the line is not valid CSV: the quote that opens field 5 is not closed on the line");
    }

    @Test
    void everyBadFieldOfALineIsNamedAtOnce() {
        ImportLine line = daily().process(new SourceLine(3, "yesterday,CBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,x"));
        assertThat(((ImportLine.Rejected) line).reason()).contains("date:", "count:", "component:", "area:")
            .doesNotContain("is required");
    }

    @Test
    void aNationwideLineWithSnakeCaseHeadersBecomesAStatisticOfItsCalendarMonth() {
        ImportLineParser parser = parser(ImportFormat.CBP_MONTHLY, "fiscal_year,month_grouping,month_abbv,component,"
            + "land_border_region,area_of_responsibility,aor_abbv,demographic,citizenship,title_of_authority,"
            + "encounter_type,encounter_count");
        ImportLine line = parser.process(new SourceLine(2, "2025 (FYTD),FYTD,OCT,U.S. Border Patrol,Southwest Land"
            + " Border,Rio Grande Valley Sector,RGV,UC / Single Minors,\"CHINA, PEOPLES REPUBLIC OF\",Title 8,"
            + "Apprehensions,12"));
        assertThat(line).isInstanceOfSatisfying(ImportLine.StatisticLine.class, s -> {
            PublishedStatistics.Statistic statistic = s.statistic();
            assertThat(statistic.dataset()).isEqualTo(Dataset.CBP_NATIONWIDE);
            assertThat(statistic.month()).isEqualTo(YearMonth.of(2024, 10));
            assertThat(statistic.area().value()).isEqualTo("RGV");
            assertThat(statistic.count()).isEqualTo(12);
        });
    }

    @Test
    void aSouthwestLineHasNoArea() {
        ImportLineParser parser = parser(ImportFormat.CBP_SOUTHWEST, "Fiscal Year,Month Grouping,Month (abbv),"
            + "Component,Demographic,Citizenship Grouping,Title of Authority,Encounter Type,Encounter Count");
        ImportLine line = parser.process(new SourceLine(5,
            "2024,FYTD,JUN,U.S. Border Patrol,UAC,Guatemala,Title 8,Apprehensions,1234"));
        assertThat(line).isInstanceOfSatisfying(ImportLine.StatisticLine.class, s -> {
            assertThat(s.statistic().area()).isNull();
            assertThat(s.statistic().month()).isEqualTo(YearMonth.of(2024, 6));
            assertThat(s.statistic().citizenship().name()).isEqualTo("GUATEMALA");
        });
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        CsvLayout layout = new CsvLayout(ImportFormat.DAILY.columns());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> layout.readHeader("date,component,area,demographic,citizenship,count"))
            .hasMessageStartingWith("line 1: the header lacks the column encounter_type");
    }
}
