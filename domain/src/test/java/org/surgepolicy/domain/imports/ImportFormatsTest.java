package org.surgepolicy.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.validation.InvalidValueException;

class ImportFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 8, 10);

    @Test
    void theStandardFormatsAreFoundByTheirCodesInTheApisOrder() {
        ImportFormats formats = ImportFormats.standard();

        assertThat(formats.codes()).isEqualTo("daily, cbp-monthly, cbp-southwest");
        assertThat(formats.find("cbp-monthly")).containsInstanceOf(CbpNationwideFile.class);
        assertThat(formats.find("weekly")).isEmpty();
        assertThatThrownBy(() -> formats.require("weekly")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown import format 'weekly'; expected one of daily, cbp-monthly, cbp-southwest");
    }

    @Test
    void twoFormatsOfOneNameAreRefused() {
        assertThatThrownBy(() -> ImportFormats.standard().with(List.of(new DailyTallyFile())))
            .hasMessage("two import formats are named 'daily'");
    }

    @Test
    void aDailyLineReadsAsATallyAndABadOneNamesEveryBadField() {
        Map<String, String> good = Map.of("date", "2024-08-01", "component", "USBP", "area", "RGV", "demographic",
            "SINGLE_ADULTS", "citizenship", "MEXICO", "encounter_type", "APPREHENSIONS", "count", "12");

        ImportLine line = ImportFormats.DAILY.read(2, good::get, "raw", TODAY);

        assertThat(line).isInstanceOfSatisfying(ImportLine.TallyLine.class,
            tally -> assertThat(tally.tally().count()).isEqualTo(12));
        Map<String, String> bad = Map.of("date", "2024-13-01", "component", "USBP", "area", "RGV", "demographic",
            "SINGLE_ADULTS", "citizenship", "MEXICO", "encounter_type", "APPREHENSIONS", "count", "-1");
        assertThatThrownBy(() -> ImportFormats.DAILY.read(3, bad::get, "raw", TODAY))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage("date: '2024-13-01' is not a date (YYYY-MM-DD); count: must not be negative, was -1");
    }

    @Test
    void cbpsTwoFilesReadAsStatisticsOfTheirOwnDataset() {
        Map<String, String> southwest = Map.of("fiscal_year", "2024", "month_abbv", "OCT", "component",
            "U.S. Border Patrol", "demographic", "Single Adults", "citizenship_grouping", "Mexico",
            "title_of_authority", "Title 8", "encounter_type", "Apprehensions", "encounter_count", "5");

        ImportLine line = ImportFormats.CBP_SOUTHWEST.read(2, southwest::get, "raw", TODAY);

        assertThat(line).isInstanceOfSatisfying(ImportLine.StatisticLine.class, s -> {
            assertThat(s.statistic().dataset()).isEqualTo(Dataset.CBP_SOUTHWEST);
            assertThat(s.statistic().month()).isEqualTo(YearMonth.of(2023, 10));
            assertThat(s.statistic().area()).isNull();
        });
        assertThat(ImportFormats.CBP_NATIONWIDE.columns()).contains("area_of_responsibility", "aor_abbv");
    }
}
