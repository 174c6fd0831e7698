package org.surgepolicy.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgepolicy.domain.statistics.TitleOfAuthority;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.validation.InvalidValueException;

class CbpWordsTest {

    @ParameterizedTest
    @CsvSource({"2024, OCT, 2023-10", "2024, DEC, 2023-12", "2024, JAN, 2024-01", "2024, SEP, 2024-09",
        "2025 (FYTD), AUG, 2025-08", "2025 (FYTD), NOV, 2024-11"})
    void fiscalMonthsBecomeCalendarMonths(String fiscalYear, String month, String calendar) {
        assertThat(CbpWords.month(fiscalYear, month)).isEqualTo(YearMonth.parse(calendar));
    }

    @Test
    void cbpWordsMapToOurCodes() {
        assertThat(CbpWords.component("U.S. Border Patrol")).isEqualTo(Component.USBP);
        assertThat(CbpWords.component("Office of Field Operations")).isEqualTo(Component.OFO);
        assertThat(CbpWords.demographic("UC / Single Minors")).isEqualTo(Demographic.UC_SINGLE_MINORS);
        assertThat(CbpWords.demographic("UAC")).isEqualTo(Demographic.UC_SINGLE_MINORS);
        assertThat(CbpWords.demographic("Accompanied Minors")).isEqualTo(Demographic.ACCOMPANIED_MINORS);
        assertThat(CbpWords.encounterType("Inadmissibles")).isEqualTo(EncounterType.INADMISSIBLES);
        assertThat(CbpWords.title("Title 42")).isEqualTo(TitleOfAuthority.TITLE_42);
        assertThat(CbpWords.citizenship("Mexico").name()).isEqualTo("MEXICO");
        assertThat(CbpWords.citizenship("CHINA, PEOPLES REPUBLIC OF").name()).isEqualTo("CHINA, PEOPLES REPUBLIC OF");
    }

    @Test
    void areasAreFoundByNameOrByCode() {
        assertThat(CbpWords.area("Rio Grande Valley Sector", "", Component.USBP).value()).isEqualTo("RGV");
        assertThat(CbpWords.area("", "TCA", Component.USBP).value()).isEqualTo("TCA");
        assertThat(CbpWords.area("El Paso Field Office", "", Component.OFO).value()).isEqualTo("ELP");
    }

    @Test
    void unknownWordsAreRejectedNotGuessed() {
        assertThatThrownBy(() -> CbpWords.component("Border Patrol")).isInstanceOf(InvalidValueException.class)
            .hasMessage("component: unknown word 'Border Patrol'; expected one of Office of Field Operations,"
                + " U.S. Border Patrol");
        assertThatThrownBy(() -> CbpWords.demographic("Unaccompanied")).hasMessageContaining("unknown word");
        assertThatThrownBy(() -> CbpWords.month("2024", "Sept")).hasMessageStartingWith("month: unknown word 'Sept'");
        assertThatThrownBy(() -> CbpWords.month("FY24", "OCT")).hasMessageStartingWith("fiscalYear:");
        assertThatThrownBy(() -> CbpWords.citizenship("Atlantis")).hasMessageContaining("unknown citizenship");
        assertThatThrownBy(() -> CbpWords.area("Rio Grande Sector", "", Component.USBP))
            .hasMessageContaining("unknown area of responsibility 'Rio Grande Sector'");
        assertThatThrownBy(() -> CbpWords.area("Rio Grande Valley Sector", "TCA", Component.USBP))
            .hasMessageContaining("is RGV, but its code reads 'TCA'");
        assertThatThrownBy(() -> CbpWords.area("El Paso Field Office", "", Component.USBP))
            .hasMessageContaining("belongs to OFO, not to USBP");
    }
}
