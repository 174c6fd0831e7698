package org.surgepolicy.domain.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Every kind of bad tally is refused with a message that names its field. */
class TallyValidationTest {

    static final LocalDate DAY = LocalDate.of(2024, 7, 1);

    @Test
    void aValidRowBuildsTheTallyAndItsAggregateCell() {
        Tally tally = Tally.parse(DAY, "USBP", "RGV", "UC_SINGLE_MINORS", "GUATEMALA", "APPREHENSIONS", 12L);

        assertThat(tally.count()).isEqualTo(12);
        assertThat(tally.key().area().area().name()).isEqualTo("Rio Grande Valley Sector");
        assertThat(tally.key().cell()).isEqualTo(new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.UC_SINGLE_MINORS, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown area               | USBP | XYZ | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | 1       | area          | unknown area code 'XYZ'; expected a CBP sector or field office code such as RGV, TCA or ELP
        blank area                 | USBP | ' ' | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | 1       | area          | is required
        field office under USBP    | USBP | ELP | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | 1       | area          | area ELP (El Paso Field Office) belongs to OFO, not to USBP
        sector under OFO           | OFO  | RGV | SINGLE_ADULTS | MEXICO   | INADMISSIBLES | 1       | area          | area RGV (Rio Grande Valley Sector) belongs to USBP, not to OFO
        unknown citizenship        | USBP | RGV | SINGLE_ADULTS | ATLANTIS | APPREHENSIONS | 1       | citizenship   | unknown citizenship 'ATLANTIS'; expected a country as CBP writes it (upper case, such as MEXICO or 'CHINA, PEOPLES REPUBLIC OF'), or OTHER
        lower-case citizenship     | USBP | RGV | SINGLE_ADULTS | mexico   | APPREHENSIONS | 1       | citizenship   | unknown citizenship 'mexico'; expected a country as CBP writes it (upper case, such as MEXICO or 'CHINA, PEOPLES REPUBLIC OF'), or OTHER
        unknown demographic        | USBP | RGV | ADULTS        | MEXICO   | APPREHENSIONS | 1       | demographic   | unknown code 'ADULTS'; expected one of SINGLE_ADULTS, FMUA, UC_SINGLE_MINORS, ACCOMPANIED_MINORS
        unknown component          | CBP  | RGV | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | 1       | component     | unknown code 'CBP'; expected one of USBP, OFO
        unknown encounter type     | USBP | RGV | SINGLE_ADULTS | MEXICO   | ARRESTS       | 1       | encounterType | unknown code 'ARRESTS'; expected one of APPREHENSIONS, INADMISSIBLES, EXPULSIONS
        negative count             | USBP | RGV | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | -1      | count         | must be between 0 and 1000000, was -1
        count above one million    | USBP | RGV | SINGLE_ADULTS | MEXICO   | APPREHENSIONS | 1000001 | count         | must be between 0 and 1000000, was 1000001
        """)
    void badFieldIsNamedWithWhatIsWrong(String what, String component, String area, String demographic,
                                        String citizenship, String encounterType, long count, String field,
                                        String message) {
        assertThatThrownBy(() -> Tally.parse(DAY, component, area, demographic, citizenship, encounterType, count))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.violations()).containsExactly(new Violation(field, message));
                assertThat(e.getMessage()).isEqualTo(field + ": " + message);
            });
    }

    @Test
    void aDateAfterTodayIsNamedBesideTheOtherBadFields() {
        assertThatThrownBy(() -> Tally.parse(DAY.plusDays(1), "USBP", "XYZ", "SINGLE_ADULTS", "MEXICO",
            "APPREHENSIONS", 1L, DAY))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("area", "date"))
            .hasMessageContaining("date: " + DAY.plusDays(1) + " is in the future (today is " + DAY + ")");
        assertThat(Tally.parse(DAY, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 1L, DAY).count())
            .isEqualTo(1);
    }

    @Test
    void missingDateIsNamed() {
        assertThatThrownBy(() -> Tally.parse(null, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 1L))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("date", "is required")));
    }

    @Test
    void missingCountAndCodesAreNamed() {
        assertThatThrownBy(() -> Tally.parse(DAY, null, "RGV", "", "MEXICO", "APPREHENSIONS", null))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("component", "is required"), new Violation("demographic",
                    "is required"), new Violation("count", "is required")));
    }

    @Test
    void everyBadFieldOfARowIsReportedAtOnce() {
        assertThatThrownBy(() -> Tally.parse(null, "CBP", "XYZ", "ADULTS", "ATLANTIS", "ARRESTS", -5L))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(Violation::field)
                .containsExactly("date", "component", "area", "demographic", "citizenship", "encounterType",
                    "count"));
    }

    @Test
    void recordsRefuseBadValuesToo() {
        TallyKey key = TallyKey.parse(DAY, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS");

        assertThatThrownBy(() -> new Tally(key, Tally.MAX_COUNT + 1))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("count", "must be between 0 and 1000000, was 1000001")));
        assertThatThrownBy(() -> new Tally(null, 1))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("key", "is required")));
        assertThatThrownBy(() -> new AreaCode("rgv"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("area"));
        assertThatThrownBy(() -> new TallyKey(DAY, Component.USBP, new AreaCode("RGV"), null, Citizenship.MEXICO,
            EncounterType.APPREHENSIONS))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("demographic", "is required")));
        assertThat(new Tally(key, Tally.MAX_COUNT).count()).isEqualTo(1_000_000);
        assertThat(new Tally(key, 0).count()).isZero();
    }

    @Test
    void violationsPlacedUnderARowKeepTheirField() {
        InvalidValueException e = new InvalidValueException("area", "is required").under("tallies[3]");

        assertThat(e.violations()).containsExactly(new Violation("tallies[3].area", "is required"));
        assertThat(e.getMessage()).isEqualTo("tallies[3].area: is required");
    }
}
